package org.backproplab.web;

import org.backproplab.experiment.Field;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.compare.Comparison;
import org.backproplab.experiment.compare.ComparisonTable;
import org.backproplab.text.Bits;
import org.teavm.jso.JSExport;

/** The page's Compare view: what its JavaScript asks of the engine. It shares the lab's experiment state. */
public final class CompareView {
    private final Lab lab;
    private Comparison comparison;

    CompareView(Lab lab) {
        this.lab = lab;
    }

    /** The label of a field, for the parameter menu ("Learning rate"). */
    @JSExport
    public String label(String key) {
        Field<?> f = Fields.byKey(key);
        return f == null ? key : f.label();
    }

    /** The settings all runs share, the varied one left out. */
    @JSExport
    public String base() {
        return ComparisonTable.base(lab.state());
    }

    /** Sets up the runs from the experiment's compared parameter and values; returns problems with the values. */
    @JSExport
    public String[] start() {
        comparison = Comparison.plan(lab.state());
        return comparison.problems().toArray(new String[0]);
    }

    /** The number of runs set up by {@link #start()}. */
    @JSExport
    public int runs() {
        return comparison == null ? 0 : comparison.size();
    }

    /** Run i's value, as typed. */
    @JSExport
    public String value(int i) {
        return comparison.value(i);
    }

    /** Trains every unfinished run by up to n epochs; returns the epochs trained in all. */
    @JSExport
    public int train(int n) {
        return comparison == null ? 0 : comparison.train(n);
    }

    /** Whether every run has stopped. */
    @JSExport
    public boolean finished() {
        return comparison == null || comparison.isFinished();
    }

    /** Run i's losses from epoch index {@code from} on. */
    @JSExport
    public double[] losses(int i, int from) {
        return comparison.run(i).lossHistory().tail(from);
    }

    /** The table's column headings. */
    @JSExport
    public String[] header() {
        return ComparisonTable.header(comparison);
    }

    /** The runs in words: "3 runs from the same seed", "3 runs, each from its own seed". */
    @JSExport
    public String runsSummary() {
        return comparison == null ? "" : ComparisonTable.runs(comparison);
    }

    /** Run i's table row. */
    @JSExport
    public String[] row(int i) {
        return ComparisonTable.row(comparison, i);
    }

    /** The exact bits of run i's last loss, for the browser test that compares them with the JVM. */
    @JSExport
    public String lastLossBits(int i) {
        return Bits.hex(comparison.run(i).lossHistory().last());
    }
}
