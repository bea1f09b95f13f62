package org.backproplab.web;

import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Network;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.Numbers;
import org.backproplab.experiment.TrainingRun;
import org.teavm.jso.JSExport;

/**
 * What the page's JavaScript sees of the engine: set fields from controls, read and write links, train a few
 * epochs per animation frame, and fetch numbers to draw. Every number meant for reading is formatted here, by
 * the one formatter, so the page never formats a value itself.
 */
public final class Lab {
    private ExperimentState state = new ExperimentState();
    private TrainingRun run;
    private String problem = "";
    private final WorksheetView worksheet = new WorksheetView(this);
    private final PerceptronView perceptron = new PerceptronView(this);
    private final ActivationsView activations = new ActivationsView(this);
    private final CompareView compare = new CompareView(this);
    private final DiagramView diagram = new DiagramView(this);
    private final ShareView share = new ShareView(this);

    Lab() {
        reset();
    }

    /** The keys of all experiment fields, in declaration order. */
    @JSExport
    public String[] keys() {
        List<Field<?>> all = Fields.all();
        String[] out = new String[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i).key();
        }
        return out;
    }

    /** The choices of an enumerated field (empty for free fields). */
    @JSExport
    public String[] choices(String key) {
        Field<?> f = Fields.byKey(key);
        return f == null ? new String[0] : f.choices().toArray(new String[0]);
    }

    /** The field's current text. */
    @JSExport
    public String get(String key) {
        Field<?> f = Fields.byKey(key);
        return f == null ? "" : state.text(f);
    }

    /** Sets a field from a control; returns "" or a message to show beside the control (the old value stays). */
    @JSExport
    public String set(String key, String text) {
        Field<?> f = Fields.byKey(key);
        if (f == null) {
            return "unknown setting " + key;
        }
        String msg = state.set(f, text);
        return msg == null ? "" : msg;
    }

    /** Loads an experiment from a link or fragment; returns plain-text notices about parts that were dropped. */
    @JSExport
    public String[] loadLink(String link) {
        LinkCodec.Decoded d = LinkCodec.decode(link);
        state = d.state();
        return d.notices().toArray(new String[0]);
    }

    /** The fragment (without '#') that reproduces the current experiment. */
    @JSExport
    public String link() {
        return LinkCodec.encode(state);
    }

    /**
     * Starts the experiment afresh at epoch 0 (same seed, same initial weights); returns "" or why it can't
     * start, in which case the previous run is kept.
     */
    @JSExport
    public String reset() {
        try {
            run = TrainingRun.start(state);
            problem = "";
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return problem;
    }

    /** Trains up to n epochs; returns how many ran (0 once training has stopped). */
    @JSExport
    public int train(int n) {
        return run == null ? 0 : run.train(n);
    }

    /** Whether training stopped for good (epoch limit, target loss or divergence). */
    @JSExport
    public boolean stopped() {
        return run == null || run.isStopped();
    }

    /** Epochs trained. */
    @JSExport
    public int epoch() {
        return run == null ? 0 : run.epoch();
    }

    /** A sentence about why training stopped, or "". */
    @JSExport
    public String status() {
        if (run == null) {
            return problem;
        }
        switch (run.status()) {
            case DIVERGED:
                return "diverged at epoch " + run.epoch() + " — try a smaller learning rate";
            case TARGET_REACHED:
                return "reached the target loss at epoch " + run.epoch();
            case FINISHED:
                return "finished " + run.epoch() + " epochs";
            default:
                return "";
        }
    }

    /** Loss per epoch from index {@code from} on, for appending to the chart. */
    @JSExport
    public double[] losses(int from) {
        return run == null ? new double[0] : run.lossHistory().tail(from);
    }

    /** The readouts as displayed: epoch, loss, accuracy (empty for regression). */
    @JSExport
    public String[] readouts() {
        if (run == null || run.epoch() == 0) {
            return new String[] {"0", "–", "–"};
        }
        double acc = run.accuracyHistory().last();
        return new String[] {Integer.toString(run.epoch()), Numbers.general(run.lossHistory().last(), 6),
            Double.isNaN(acc) ? "" : Numbers.fixed(100 * acc, 1) + " %"};
    }

    /** The exact bits of the last loss, as 16 hex digits: the browser test compares them with the JVM's. */
    @JSExport
    public String lastLossBits() {
        return Diagnostics.toBits(run == null ? Double.NaN : run.lossHistory().last());
    }

    /** The plot window [xmin, xmax, ymin, ymax] around the data. */
    @JSExport
    public double[] bounds() {
        return Plots.bounds(run.trainingSet());
    }

    /** The first output on a res × res grid over {@link #bounds()}, row 0 at the top (largest y). */
    @JSExport
    public double[] grid(int res) {
        return Plots.grid(run.network(), bounds(), res);
    }

    /** The training points as x1, x2, target triples. */
    @JSExport
    public double[] points() {
        Dataset s = run.trainingSet();
        double[] out = new double[s.size() * 3];
        for (int i = 0; i < s.size(); i++) {
            out[3 * i] = s.xs()[i * s.inputDim()];
            out[3 * i + 1] = s.inputDim() > 1 ? s.xs()[i * s.inputDim() + 1] : 0;
            out[3 * i + 2] = s.ys()[i * s.outputDim()];
        }
        return out;
    }

    /** Whether the current run's data are classes. */
    @JSExport
    public boolean classification() {
        return run != null && run.isClassification();
    }

    /** The worksheet view, sharing this lab's experiment. */
    @JSExport
    public WorksheetView worksheet() {
        return worksheet;
    }

    /** The perceptron view, sharing this lab's experiment. */
    @JSExport
    public PerceptronView perceptron() {
        return perceptron;
    }

    /** The activation explorer. */
    @JSExport
    public ActivationsView activations() {
        return activations;
    }

    /** The compare-runs view, sharing this lab's experiment. */
    @JSExport
    public CompareView compare() {
        return compare;
    }

    /** The network diagram of the Train view. */
    @JSExport
    public DiagramView diagram() {
        return diagram;
    }

    /** Presets, copy link, export and import. */
    @JSExport
    public ShareView share() {
        return share;
    }

    /** The experiment as it stands (live: views read their fields from it). */
    ExperimentState state() {
        return state;
    }

    /** The current training run, or null when the experiment can't start. */
    TrainingRun run() {
        return run;
    }

    Network network() {
        return run.network();
    }
}
