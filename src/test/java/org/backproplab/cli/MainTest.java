package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.backproplab.text.Numbers;
import org.junit.jupiter.api.Test;

/** The command-line runner's trace, options and messages (its agreement with the page is CliBrowserAgreementTest). */
class MainTest {
    /** What one run printed: exit status, standard output split in lines, standard error. */
    private record Output(int status, List<String> lines, String err) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void classificationTraceHasEverySplitsLossAndAccuracyEveryNthEpoch() {
        String link = "v=2&data=circle&n=80&val=0.25&test=0.25&h=6&act=tanh&epochs=30&seed=4";
        Output o = run("#" + link, "--every", "10", "--bits");
        assertEquals(0, o.status(), o.err());
        assertEquals("", o.err());
        assertEquals("# " + link, o.lines().get(0));
        assertEquals("epoch\tloss\taccuracy\tval_loss\tval_accuracy\ttest_loss\ttest_accuracy\tloss_bits", o.lines().get(1));
        assertEquals(6, o.lines().size()); // link, header, epochs 10, 20, 30, status
        // the same experiment trained here: every printed column is the right split's value at that epoch
        TrainingRun same = TrainingRun.start(LinkCodec.decode(link).state());
        same.train(30);
        for (int row = 0; row < 3; row++) {
            int i = 10 * row + 9;
            assertEquals(String.join("\t", String.valueOf(i + 1),
                    Numbers.general(same.lossHistory().get(i), 10), Numbers.fixed(same.accuracyHistory().get(i), 4),
                    Numbers.general(same.validationLossHistory().get(i), 10),
                    Numbers.fixed(same.validationAccuracyHistory().get(i), 4),
                    Numbers.general(same.testLossHistory().get(i), 10), Numbers.fixed(same.testAccuracyHistory().get(i), 4),
                    Bits.hex(same.lossHistory().get(i))), o.lines().get(2 + row));
        }
        assertEquals("# stopped at the epoch limit: 30 epochs", o.lines().get(5));
    }

    @Test
    void regressionTraceHasNoAccuracyAndAlwaysPrintsTheLastEpoch() {
        Output o = run("v=1&data=runge&n=40&val=0.3&h=8&act=tanh&out=identity&loss=mse&opt=adam&lr=0.01&epochs=25",
                "--every", "10");
        assertEquals(0, o.status(), o.err());
        assertEquals("epoch\tloss\tval_loss", o.lines().get(1));
        assertEquals(List.of("10", "20", "25"), o.lines().subList(2, 5).stream().map(l -> l.split("\t")[0]).toList());
        for (String line : o.lines().subList(2, 5)) {
            for (String cell : line.split("\t")) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), line);
            }
        }
    }

    @Test
    void aTargetLossStopsTheRunAndSaysSo() {
        Output o = run("v=1&data=xor_easy&epochs=5000&target=0.5");
        String status = o.lines().get(o.lines().size() - 1);
        assertTrue(status.startsWith("# reached the target loss at epoch "), status);
        int epoch = Integer.parseInt(o.lines().get(o.lines().size() - 2).split("\t")[0]);
        assertTrue(epoch < 5000 && status.contains("epoch " + epoch + ":"), status);
    }

    /** Issue 25: a run that overflows prints its losses as 1.7e+306, ∞ or NaN, never as Python's inf or nan. */
    @Test
    void aDivergedRunPrintsHugeAndNonFiniteLossesAsSuch() {
        String link = "v=1&h=&out=identity&loss=mse&opt=sgd&lr=100&init=explicit&w=1e150;1e150;1e150";
        Output o = run("#" + link);
        assertEquals(Main.DIVERGED, o.status());
        TrainingRun same = TrainingRun.start(LinkCodec.decode(link).state());
        same.train(1_000_000);
        double last = same.lossHistory().last();
        String shown = o.lines().get(o.lines().size() - 2).split("\t")[1];
        assertEquals(Numbers.general(last, 10), shown);
        assertTrue(!Double.isFinite(last) && (shown.equals("∞") || shown.equals("NaN")), shown);
        for (String line : o.lines()) {
            assertTrue(!line.matches(".*\\d{11}.*") && !line.contains("inf") && !line.contains("nan"), line);
        }
    }

    @Test
    void aDamagedLinkGivesNoticesOnStandardErrorAndRunsWithTheDefaults() {
        Output o = run("#v=2&lr=abc&h=%3Cscript%3E&epochs=2&nonsense=1");
        assertEquals(0, o.status());
        assertTrue(o.err().contains("Learning rate: 'abc' is not a number"), o.err());
        assertTrue(o.err().contains("Hidden layers:"), o.err());
        assertEquals("# v=2&epochs=2", o.lines().get(0));
        assertEquals(5, o.lines().size());
    }

    @Test
    void badOptionsExitWithStatusTwoAndHelpWithZero() {
        assertEquals(2, run("--every", "ten").status());
        assertEquals(2, run("--fast").status());
        Output help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.lines().get(0).startsWith("usage: backprop-lab [LINK]"));
        assertTrue(help.lines().contains("x2sq, x1x2, sinx1, sinx2 (default x1,x2); '#v=2&data=circle&h=&feat=x1sq,x2sq'"
                + " learns the circle"), String.join("\n", help.lines()));
        assertTrue(help.lines().contains("exit status: 0 stopped at the epoch limit or the target loss, 3 diverged, 1 the"
                + " experiment can't start, 2 a bad option"), String.join("\n", help.lines()));
    }

    /** Issue 25: scripts tell a diverged run from a finished one by the exit status alone. */
    @Test
    void aDivergedRunExitsWithStatusThreeAndAFinishedOneWithZero() {
        String growing = "v=1&out=identity&loss=mse&opt=sgd&lr=1.02"; // past 10¹² times its first loss, never ∞
        TrainingRun same = TrainingRun.start(LinkCodec.decode(growing).state());
        same.train(5000);
        assertEquals(TrainingRun.Status.DIVERGED, same.status());
        Output o = run(growing, "--every", "1000");
        assertEquals(3, o.status());
        assertEquals("# " + same.describeStatus(), o.lines().get(o.lines().size() - 1));
        assertEquals(0, run("v=1&out=identity&loss=mse&opt=sgd&lr=1", "--every", "1000").status());
        assertEquals(1, run("v=1&loss=bce&out=identity").status());
    }

    @Test
    void aLinksChangeListIsReplayedAndEachChangeMarkedInTheTrace() {
        String link = "v=2&h=4&epochs=6&chg=2:lr:2,4:opt:adam,4:lr:0.01";
        Output o = run("#" + link);
        assertEquals(0, o.status(), o.err());
        assertEquals(List.of("# " + link, "epoch\tloss\taccuracy"), o.lines().subList(0, 2));
        assertEquals("# after epoch 2: η 0.1 → 2", o.lines().get(4));
        assertEquals("# after epoch 4: optimizer momentum → adam, η 2 → 0.01", o.lines().get(7));
        assertEquals(11, o.lines().size()); // link, header, 6 epochs, 2 changes, status
        TrainingRun same = TrainingRun.start(LinkCodec.decode(link).state());
        same.train(6);
        assertEquals(Numbers.general(same.lossHistory().get(5), 10), o.lines().get(9).split("\t")[1]);
    }

    /** The issue's example on the command line: x1², x2² and no hidden layer learn the circle; x1, x2 stay at chance. */
    @Test
    void squaresLearnTheCircleWithNoHiddenLayer() {
        Output squares = run("#v=1&data=circle&h=&feat=x1sq,x2sq", "--every", "5000");
        assertEquals(0, squares.status(), squares.err());
        assertEquals("# v=2&data=circle&feat=x1sq,x2sq&h=&speed=max", squares.lines().get(0));
        assertEquals("5000\t0.01585145787\t1.0000", squares.lines().get(2));
        Output plain = run("#v=1&data=circle&h=", "--every", "5000");
        assertEquals("5000\t0.6902383334\t0.5800", plain.lines().get(2));
        Output unknown = run("#v=2&data=circle&feat=x1sq,x3", "--every", "5000");
        assertEquals("notice: Input features: 'x3' is not an input feature (x1, x2, x1sq, x2sq, x1x2,"
                + " sinx1, sinx2) — the default was kept.", unknown.err().strip());
    }
}
