package org.backproplab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.backproplab.experiment.ChangeList;
import org.backproplab.experiment.DoubleList;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.backproplab.text.Numbers;

/**
 * The command-line runner: takes the same experiment a shared link holds and prints the per-epoch trace,
 * with the same numbers, to the bit, as the page: training loss (and accuracy for classes), then the validation and
 * test splits' when the experiment holds some out, and with {@code --bits} the training loss's IEEE-754 bits.
 *
 * <pre>java -jar target/backprop-lab.jar '#v=2&amp;data=linear&amp;h=32,32' [--every N] [--bits]</pre>
 *
 * <p>Exit status: 0 when the run stopped at its epoch limit or target loss, {@value #DIVERGED} when it diverged, 1 when
 * the experiment can't start, 2 for a bad option.
 */
public final class Main {
    /** The exit status of a run that diverged (1 is an experiment that can't start, 2 a bad option). */
    public static final int DIVERGED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: numbers can read ∞ and NaN (text.Numbers), and the status line has an em dash.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String link = "";
        int every = 1;
        boolean bits = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--every") && i + 1 < args.length) {
                try {
                    every = Math.max(1, Integer.parseInt(args[++i]));
                } catch (NumberFormatException e) {
                    err.println("--every needs a whole number");
                    return 2;
                }
            } else if (a.equals("--bits")) {
                bits = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println("usage: backprop-lab [LINK] [--every N] [--bits]");
                out.println("  LINK     a shared link or its fragment, e.g. '#v=2&data=linear&h=32,32'");
                out.println("  --every  print every Nth epoch (the last epoch is always printed)");
                out.println("  --bits   add each training loss's exact IEEE-754 bits in hex (last column)");
                out.println("a link's chg=300:lr:2,900:opt:adam replays changes made while training: after 300 epochs");
                out.println("the learning rate becomes 2, after 900 the optimizer Adam; a line '# after epoch 300: ...'");
                out.println("marks each in the trace");
                out.println("a link's feat=x1sq,x2sq chooses the input features the first layer sees, from x1, x2, x1sq,");
                out.println("x2sq, x1x2, sinx1, sinx2 (default x1,x2); '#v=2&data=circle&h=&feat=x1sq,x2sq' learns the circle");
                out.println("with no hidden layer");
                out.println("exit status: 0 stopped at the epoch limit or the target loss, " + DIVERGED
                        + " diverged, 1 the experiment can't start, 2 a bad option");
                return 0;
            } else if (a.startsWith("--")) {
                err.println("unknown option " + a + " (try --help)");
                return 2;
            } else {
                link = a;
            }
        }
        LinkCodec.Decoded decoded = LinkCodec.decode(link);
        for (String notice : decoded.notices()) {
            err.println("notice: " + notice);
        }
        ExperimentState state = decoded.state();
        TrainingRun run;
        try {
            run = TrainingRun.start(state);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        out.println("# " + LinkCodec.encode(state));
        boolean accuracy = run.isClassification();
        boolean validation = run.validationSet().size() > 0;
        boolean test = run.testSet().size() > 0;
        StringBuilder header = new StringBuilder("epoch\tloss").append(accuracy ? "\taccuracy" : "");
        if (validation) {
            header.append("\tval_loss").append(accuracy ? "\tval_accuracy" : "");
        }
        if (test) {
            header.append("\ttest_loss").append(accuracy ? "\ttest_accuracy" : "");
        }
        out.println(header.append(bits ? "\tloss_bits" : ""));
        int[] changes = ChangeList.epochs(state);
        int nextChange = 0;
        while (!run.isStopped()) {
            if (nextChange < changes.length && changes[nextChange] == run.epoch()) {
                out.println("# after epoch " + run.epoch() + ": " + ChangeList.label(state, run.epoch()));
                nextChange++;
            }
            run.train(1);
            int epoch = run.epoch();
            if (epoch % every == 0 || run.isStopped()) {
                StringBuilder line = new StringBuilder().append(epoch);
                columns(line, run.lossHistory(), run.accuracyHistory(), accuracy);
                if (validation) {
                    columns(line, run.validationLossHistory(), run.validationAccuracyHistory(), accuracy);
                }
                if (test) {
                    columns(line, run.testLossHistory(), run.testAccuracyHistory(), accuracy);
                }
                if (bits) {
                    line.append('\t').append(Bits.hex(run.lossHistory().last()));
                }
                out.println(line);
            }
        }
        out.println("# " + run.describeStatus());
        return run.status() == TrainingRun.Status.DIVERGED ? DIVERGED : 0;
    }

    /** The latest loss (10 significant digits) and, for classes, accuracy (4 decimals) of one split. */
    private static void columns(StringBuilder line, DoubleList loss, DoubleList accuracy, boolean classification) {
        line.append('\t').append(Numbers.general(loss.last(), 10));
        if (classification) {
            line.append('\t').append(Numbers.fixed(accuracy.last(), 4));
        }
    }
}
