package org.backproplab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backproplab.experiment.perceptron.Perceptron;
import org.backproplab.experiment.perceptron.PerceptronComparison;
import org.backproplab.experiment.perceptron.PerceptronEpoch;
import org.backproplab.experiment.perceptron.PerceptronFields;
import org.backproplab.experiment.perceptron.PerceptronRun;
import org.backproplab.experiment.perceptron.PerceptronSetup;
import org.backproplab.experiment.perceptron.SeparatingLine;
import org.backproplab.experiment.perceptron.TruthTable;
import org.backproplab.text.Bits;
import org.backproplab.text.Numbers;
import org.teavm.jso.JSExport;

/** The page's Perceptron view: what its JavaScript asks of the engine. It shares the lab's experiment state. */
public final class PerceptronView {
    private final Lab lab;
    private PerceptronRun run;

    PerceptronView(Lab lab) {
        this.lab = lab;
    }

    /**
     * Runs the perceptron the experiment describes (instant: at most 10 000 epochs of 256 rows). Returns the
     * problems that stop it as key, message, key, message…; empty when it ran. After a problem there is no run.
     */
    @JSExport
    public String[] run() {
        PerceptronSetup setup = PerceptronSetup.of(lab.state());
        run = setup.isOk() ? Perceptron.run(setup.config()) : null;
        List<PerceptronSetup.Problem> problems = setup.problems();
        String[] out = new String[problems.size() * 2];
        for (int i = 0; i < problems.size(); i++) {
            out[2 * i] = problems.get(i).key();
            out[2 * i + 1] = problems.get(i).message();
        }
        return out;
    }

    /** Whether the last {@link #run()} ran. */
    @JSExport
    public boolean ready() {
        return run != null;
    }

    /** The course's log, one line per epoch: "epoch = 1, weights = -0.00 0.40 0.40 0.40". */
    @JSExport
    public String[] logLines() {
        return run == null ? new String[0] : run.logLines().toArray(new String[0]);
    }

    /** The result in one sentence: first epoch with zero errors and last change, or "does not converge: …". */
    @JSExport
    public String summary() {
        return run == null ? "" : run.summary();
    }

    /** Whether some epoch had zero errors. */
    @JSExport
    public boolean converged() {
        return run != null && run.converged();
    }

    /** Epochs run (0 without a run). */
    @JSExport
    public int epochs() {
        return run == null ? 0 : run.epochs();
    }

    /** The first epoch with zero errors, -1 when none. */
    @JSExport
    public int firstEpochWithZeroErrors() {
        return run == null ? -1 : run.firstEpochWithZeroErrors();
    }

    /** Inputs of the run's table (0 without a run). */
    @JSExport
    public int inputCount() {
        return run == null ? 0 : run.config().table().inputCount();
    }

    /** The column heading of the weights, "w0 w1 w2 w3". */
    @JSExport
    public String weightNames() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= inputCount(); i++) {
            out.append(i > 0 ? " w" : "w").append(i);
        }
        return out.toString();
    }

    /** The order the rows are visited in, as the course writes it ("100 101 001 …"); "" without a run. */
    @JSExport
    public String order() {
        return run == null ? "" : run.config().order().patterns();
    }

    /** The default order of the table currently chosen (for the order field's placeholder), or "". */
    @JSExport
    public String defaultOrder() {
        PerceptronSetup s = PerceptronSetup.of(lab.state());
        return s.isOk() ? s.config().table().defaultOrder().patterns() : "";
    }

    /** One line about the weights after {@code epoch} (0: the initial weights). */
    @JSExport
    public String caption(int epoch) {
        return run == null ? "" : PerceptronEpoch.of(run, epoch).caption();
    }

    /**
     * How the weights after {@code epoch} classify each row, in visiting order, five strings per row: pattern,
     * target, weighted sum s, output, "1" when correct else "0".
     */
    @JSExport
    public String[] samples(int epoch) {
        if (run == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        PerceptronEpoch after = PerceptronEpoch.of(run, epoch);
        for (PerceptronEpoch.Sample s : after.samples()) {
            out.add(s.pattern());
            out.add(after.formatValue(s.target()));
            out.add(after.formatSum(s));
            out.add(after.formatValue(s.output()));
            out.add(s.correct() ? "1" : "0");
        }
        return out.toArray(new String[0]);
    }

    /** The footnote of {@link #samples}: what a sum shown as "0.00 (-1.1e-16)" is; "" when none is. */
    @JSExport
    public String roundingNote(int epoch) {
        return run == null ? "" : PerceptronEpoch.of(run, epoch).roundingNote();
    }

    /** The rows of a two-input table as x1, x2, 1 (target high) or 0 triples, in table order. */
    @JSExport
    public double[] points() {
        if (inputCount() != 2) {
            return new double[0];
        }
        TruthTable table = run.config().table();
        double[] out = new double[table.rowCount() * 3];
        for (int row = 0; row < table.rowCount(); row++) {
            out[3 * row] = table.input(row, 1);
            out[3 * row + 1] = table.input(row, 2);
            out[3 * row + 2] = table.target(row);
        }
        return out;
    }

    /** The plot box [min, max] of both axes. */
    @JSExport
    public double[] box() {
        return new double[] {SeparatingLine.BOX_MIN, SeparatingLine.BOX_MAX};
    }

    /** The separating line after {@code epoch} as x1, x2, x1', x2' inside the box; empty when there is none. */
    @JSExport
    public double[] line(int epoch) {
        if (inputCount() != 2) {
            return new double[0];
        }
        Optional<SeparatingLine> line = run.separatingLine(epoch);
        if (line.isEmpty()) {
            return new double[0];
        }
        SeparatingLine l = line.get();
        return new double[] {l.x1Start(), l.x2Start(), l.x1End(), l.x2End()};
    }

    /** The output after {@code epoch} on a res × res grid over the box, row 0 at the top: 1 high, 0 low. */
    @JSExport
    public int[] regions(int epoch, int res) {
        return inputCount() != 2 ? new int[0] : PerceptronEpoch.of(run, epoch).outputsOnGrid(res);
    }

    /** The weights after {@code epoch} as 16-hex-digit bit patterns separated by commas (the browser test's check). */
    @JSExport
    public String weightBits(int epoch) {
        if (run == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (double w : run.weightsAfter(epoch)) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Bits.hex(w));
        }
        return out.toString();
    }

    /**
     * The comparison table, five strings per row: η, initial weight, first epoch with zero errors ("–" when
     * none), last epoch with a weight change, final weights. Empty when the perceptron can't run. The compared runs
     * share the current table, order, convention and epochs: up to 25 runs, which can take a second or two on a
     * 7-input table over 10 000 epochs.
     */
    @JSExport
    public String[] comparison() {
        // Read afresh: the compared lists may have changed since the last run, which need not be redone.
        PerceptronSetup current = PerceptronSetup.of(lab.state());
        if (!current.isOk()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (PerceptronComparison.Row row : current.comparison()) {
            out.add(Numbers.general(row.learningRate(), 6));
            out.add(Numbers.general(row.initialWeight(), 6));
            out.add(row.firstEpochWithZeroErrors() < 0 ? "–" : Integer.toString(row.firstEpochWithZeroErrors()));
            out.add(Integer.toString(row.lastEpochWithUpdate()));
            out.add(row.finalWeights());
        }
        return out.toArray(new String[0]);
    }

    /** A built-in table ("and", "majority3") as text for the typed-table box; "" for an unknown name. */
    @JSExport
    public String tableText(String name) {
        return TruthTable.builtIn(name).map(PerceptronSetup::tableText).orElse("");
    }

    /** The key of the typed-table field's choice, so the page needs no copy of it. */
    @JSExport
    public String typedChoice() {
        return PerceptronFields.TYPED;
    }
}
