package org.backproplab.web;

import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Network;
import org.backproplab.experiment.ChangeList;
import org.backproplab.experiment.ChoiceNames;
import org.backproplab.experiment.ConfusionMatrix;
import org.backproplab.experiment.DatasetCatalog;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.ExperimentTitle;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.Pace;
import org.backproplab.experiment.RelevantFields;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.experiment.perceptron.PerceptronSetup;
import org.backproplab.text.Bits;
import org.backproplab.text.Numbers;
import org.teavm.jso.JSExport;

/**
 * What the page's JavaScript sees of the engine: set fields from controls, read and write links, train a few
 * epochs per animation frame, and fetch numbers to draw. Every number meant for reading is formatted here, by
 * the one formatter, so the page never formats a value itself.
 */
public final class Lab {
    private ExperimentState state = new ExperimentState();
    private TrainingRun run;
    private RegressionPlot regression = new RegressionPlot(null);
    private String problem = "";
    /** What the last change did to the run (went on, or started again), shown before the status; "" for nothing. */
    private String note = "";
    private boolean continued;
    /** What the next {@link #reset()} says first (a preset's note), then forgets. */
    private String nextNote = "";
    /** Whether a setting changed since the last start has ended the change list (a restart then says so). */
    private boolean changesEnded;
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

    /** The name people read for a choice ("bce" is "Binary cross-entropy"); the id where it has none. */
    @JSExport
    public String choiceName(String key, String id) {
        return ChoiceNames.of(key, id);
    }

    /** The field's current text: for a setting that can change while training, the one in force at this epoch. */
    @JSExport
    public String get(String key) {
        Field<?> f = Fields.byKey(key);
        if (f == null) {
            return "";
        }
        return ChangeList.isLive(f) ? now().text(f) : state.text(f);
    }

    /** The settings in force at the run's epoch (the change list applied so far, none left). */
    private ExperimentState now() {
        return ChangeList.at(state, run == null ? 0 : run.epoch());
    }

    /** Whether the run on screen has trained and may go on: a change of a live setting then continues it. */
    private boolean runGoesOn() {
        return run != null && problem.isEmpty() && run.epoch() > 0 && !run.isStopped();
    }

    /** The keys of the settings that may change while a run trains, going on from its weights. */
    @JSExport
    public String[] liveKeys() {
        List<Field<?>> live = ChangeList.liveFields();
        String[] out = new String[live.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = live.get(i).key();
        }
        return out;
    }

    /** Whether the last {@link #set} went on with the run from its weights (else the page starts the run again). */
    @JSExport
    public boolean continued() {
        return continued;
    }

    /** Sets a field from a control; returns "" or a message to show beside the control (the old value stays). */
    @JSExport
    public String set(String key, String text) {
        Field<?> f = Fields.byKey(key);
        if (f == null) {
            return "unknown setting " + key;
        }
        continued = false;
        if (ChangeList.isLive(f) && runGoesOn()) {
            return change(f, text);
        }
        // a live setting of a run that can't go on: the value shown (in force now) is the one changed, the list ends
        boolean ends = ChangeList.isLive(f) && state.isSet(Fields.CHANGES);
        ExperimentState trial = ends ? now() : state.copy();
        String msg = trial.set(f, text);
        if (msg == null) {
            msg = DatasetCatalog.problemAfterChange(trial, f);
        }
        if (msg == null) {
            msg = PerceptronSetup.problemAfterChange(trial, f);
        }
        if (msg != null) {
            return msg;
        }
        state = trial;
        changesEnded |= ends;
        return "";
    }

    /**
     * A change of a live setting while the run trains: checked like any other, then recorded in the change list at
     * this epoch and applied before the next one; the weights and the optimizer's state go on.
     */
    private String change(Field<?> f, String text) {
        int epoch = run.epoch();
        ExperimentState before = now();
        ExperimentState trial = before.copy();
        String msg = trial.set(f, text);
        if (msg == null) {
            msg = DatasetCatalog.problemAfterChange(trial, f);
        }
        if (msg != null) {
            return msg;
        }
        continued = true;
        String old = before.text(f);
        String value = trial.text(f);
        if (old.equals(value)) {
            return "";
        }
        int dropped = ChangeList.countAfter(state, epoch);
        ExperimentState changed = ChangeList.record(state, epoch, f, value);
        run.continueWith(changed);
        state = changed;
        String fresh = f == Fields.OPTIMIZER ? ", with the new optimizer's state started fresh" : "";
        note = f.label() + ": " + old + " → " + value + " after epoch " + epoch
                + "; training goes on from the current weights" + fresh
                + (dropped > 0 ? " · the later changes in the link were dropped" : "");
        return "";
    }

    /**
     * Starts again from epoch 0 after {@code key} changed (a setting a run can't change and go on), with the settings
     * as they are now: the change list so far becomes the starting settings and is cleared. Returns "" or why the
     * experiment can't start.
     */
    @JSExport
    public String restartAfter(String key) {
        Field<?> f = Fields.byKey(key);
        int epoch = run == null || !problem.isEmpty() ? 0 : run.epoch();
        boolean hadChanges = fold() || changesEnded;
        reset();
        if (problem.isEmpty() && f != null && (epoch > 0 || hadChanges)) {
            note = f.label() + " changed: the run starts again from epoch 0"
                    + (hadChanges ? " with the settings as they are now; the change list is cleared" : "");
        }
        return problem;
    }

    /**
     * The Reset button: starts again from epoch 0 with the settings as they are now, clearing the change list (and
     * saying so when there was one). Returns "" or why the experiment can't start.
     */
    @JSExport
    public String resetToNow() {
        boolean hadChanges = fold();
        reset();
        if (problem.isEmpty() && hadChanges) {
            note = "Reset: the run starts again from epoch 0 with the settings as they are now; the change list is"
                    + " cleared";
        }
        return problem;
    }

    /** Makes the settings in force now the starting ones, with no change list; whether there was a list. */
    private boolean fold() {
        if (!state.isSet(Fields.CHANGES)) {
            return false;
        }
        state = ChangeList.at(state, run == null || !problem.isEmpty() ? 0 : run.epoch());
        return true;
    }

    /**
     * The changes the run has reached, for the loss chart: epoch (after which it took effect), then what changed
     * ("η 0.1 → 2"), for each epoch with changes.
     */
    @JSExport
    public String[] changeMarks() {
        if (run == null || !problem.isEmpty()) {
            return new String[0];
        }
        List<String> out = new java.util.ArrayList<>();
        for (int e : ChangeList.epochs(state)) {
            if (e <= run.epoch()) {
                out.add(Integer.toString(e));
                out.add(ChangeList.label(state, e));
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * Has the next start of the run say {@code text} before the status, until the run restarts again: what a preset
     * just opened shows, with its figures.
     */
    @JSExport
    public void sayNote(String text) {
        nextNote = text;
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
        note = nextNote;
        nextNote = "";
        changesEnded = false;
        try {
            run = TrainingRun.start(state);
            regression = new RegressionPlot(run);
            problem = "";
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return problem;
    }

    /**
     * Trains up to n epochs; returns how many ran: 0 once training has stopped, and 0 while the experiment as set
     * can't start, since the run still on screen belongs to earlier settings.
     */
    @JSExport
    public int train(int n) {
        return run == null || !problem.isEmpty() ? 0 : run.train(n);
    }

    /** The pace to play at, in epochs a second; 0 for "max" (as many as each frame's budget allows). */
    @JSExport
    public double epochsPerSecond() {
        return Pace.epochsPerSecond(state);
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

    /** Why the experiment as set can't start, or "" (the previous run then stays on screen). */
    @JSExport
    public String problem() {
        return problem;
    }

    /** Every problem with the experiment's data as set (each CSV row with its line number), or none. */
    @JSExport
    public String[] dataProblems() {
        return DatasetCatalog.problems(state).toArray(new String[0]);
    }

    /** Why the experiment can't start, or why training stopped; "" while it may go on. */
    @JSExport
    public String status() {
        if (!problem.isEmpty()) {
            return problem;
        }
        return run == null || !run.isStopped() ? "" : run.describeStatus();
    }

    /**
     * The Train view's status line: like {@link #status()}, and while training may go on, what will stop it
     * ("stops after 5000 epochs or at training loss ≤ 0.001").
     */
    @JSExport
    public String statusLine() {
        if (!problem.isEmpty() || run == null) {
            return problem;
        }
        return note.isEmpty() ? run.describeStatus() : note + " · " + run.describeStatus();
    }

    /** Whether the run stopped because the loss stopped being finite. */
    @JSExport
    public boolean diverged() {
        return run != null && run.status() == TrainingRun.Status.DIVERGED;
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
        String[] m = metrics();
        return new String[] {m[0], m[1], m[4]};
    }

    /**
     * The latest metrics as displayed: epoch, then loss on training, validation and test, then accuracy on the
     * same three; "" where a split is empty, the task has no accuracy, or nothing has been trained yet.
     */
    @JSExport
    public String[] metrics() {
        String[] out = {"0", "", "", "", "", "", ""};
        if (run == null || run.epoch() == 0) {
            return out;
        }
        out[0] = Integer.toString(run.epoch());
        out[1] = loss(run.lossHistory().last());
        out[2] = run.validationLossHistory().size() == 0 ? "" : loss(run.validationLossHistory().last());
        out[3] = run.testLossHistory().size() == 0 ? "" : loss(run.testLossHistory().last());
        out[4] = percent(run.accuracyHistory().last());
        out[5] = run.validationAccuracyHistory().size() == 0 ? "" : percent(run.validationAccuracyHistory().last());
        out[6] = run.testAccuracyHistory().size() == 0 ? "" : percent(run.testAccuracyHistory().last());
        return out;
    }

    private static String loss(double v) {
        return Numbers.general(v, 6);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "" : Numbers.fixed(100 * v, 1) + " %";
    }

    /**
     * One learning curve from epoch index {@code from} on, for appending to a chart: "loss", "val_loss",
     * "test_loss", "acc", "val_acc" or "test_acc" (empty when the run doesn't record it).
     */
    @JSExport
    public double[] history(String series, int from) {
        if (run == null) {
            return new double[0];
        }
        switch (series) {
            case "loss":
                return run.lossHistory().tail(from);
            case "val_loss":
                return run.validationLossHistory().tail(from);
            case "test_loss":
                return run.testLossHistory().tail(from);
            case "acc":
                return run.isClassification() ? run.accuracyHistory().tail(from) : new double[0];
            case "val_acc":
                return run.isClassification() ? run.validationAccuracyHistory().tail(from) : new double[0];
            case "test_acc":
                return run.isClassification() ? run.testAccuracyHistory().tail(from) : new double[0];
            default:
                return new double[0];
        }
    }

    /** A number for a chart's axis or tooltip: whole numbers in full, others to 4 significant digits. */
    @JSExport
    public String format(double v) {
        if (v == Math.floor(v) && Math.abs(v) < 1e9) {
            return Numbers.fixed(v, 0);
        }
        return Numbers.general(v, 4);
    }

    /** The exact bits of the last loss, as 16 hex digits: the browser test compares them with the JVM's. */
    @JSExport
    public String lastLossBits() {
        return Bits.hex(run == null ? Double.NaN : run.lossHistory().last());
    }

    /** The plot window [xmin, xmax, ymin, ymax] around the data. */
    @JSExport
    public double[] bounds() {
        return Plots.bounds(run.trainingSet());
    }

    /** The first output on a res × res grid over {@link #bounds()}, row 0 at the top (largest y). */
    @JSExport
    public double[] grid(int res) {
        return Plots.grid(run, bounds(), res);
    }

    /** The training points as x1, x2, target triples. */
    @JSExport
    public double[] points() {
        return pointsOf("train");
    }

    /**
     * The points of one split ("train", "validation" or "test") as triples: x1, x2, class label for
     * classification; x, 0, y for regression.
     */
    @JSExport
    public double[] pointsOf(String part) {
        return run == null ? new double[0] : Plots.points(part(part));
    }

    /** Sizes of the training, validation and test splits. */
    @JSExport
    public int[] splitSizes() {
        if (run == null) {
            return new int[3];
        }
        return new int[] {run.trainingSet().size(), run.validationSet().size(), run.testSet().size()};
    }

    /** The split as a phrase: "140 training, 60 validation and 0 test points". */
    @JSExport
    public String splitSummary() {
        int[] n = splitSizes();
        return n[0] + " training, " + n[1] + " validation and " + n[2] + " test " + (n[2] == 1 ? "point" : "points");
    }

    /**
     * A small picture's worth of one dataset as the experiment would build it (its own points, noise and seed,
     * at most 120 points): 1 for classes or 0 for a curve, then x1, x2, label (or x, 0, y) triples; empty when
     * it can't be built as set (CSV without rows).
     */
    @JSExport
    public double[] datasetPreview(String id) {
        try {
            ExperimentState trial = state.copy().with(Fields.DATA, id)
                    .with(Fields.POINTS, Integer.toString(Math.min(state.get(Fields.POINTS), 120)));
            Dataset d = DatasetCatalog.build(trial);
            double[] points = Plots.points(d);
            double[] out = new double[points.length + 1];
            out[0] = d.isClassification() ? 1 : 0;
            System.arraycopy(points, 0, out, 1, points.length);
            return out;
        } catch (IllegalArgumentException e) {
            return new double[0];
        }
    }

    /** The experiment's name for the Train view's title line: a preset's name, or its parts. */
    @JSExport
    public String title() {
        int[] sizes = run != null && problem.isEmpty() ? run.network().sizes() : null;
        return ExperimentTitle.of(state, sizes);
    }

    /** The number of classes (0 for regression). */
    @JSExport
    public int classes() {
        return run == null ? 0 : run.trainingSet().numClasses();
    }

    /**
     * A line under the decision boundary when the output hardly varies over the plane (from lo to hi, less than
     * 0.1 apart), whose picture is then one pale colour and easily taken for an empty chart; "" otherwise.
     */
    @JSExport
    public String outputRangeNote(double lo, double hi) {
        if (!(hi - lo < 0.1) && lo != hi) { // lo == hi == ∞ is flat too
            return "";
        }
        String low = Numbers.fixed(lo, 2);
        String high = Numbers.fixed(hi, 2);
        // "(to 2 decimals)" only where it is true: a diverged output reads 1.75e+306 or ∞ (Numbers), never 307 digits
        boolean plain = Math.abs(lo) < Numbers.SCIENTIFIC_FROM;
        String range = low.equals(high) ? "The output is " + low + (plain ? " (to 2 decimals)" : "") + " over the whole plane"
                : "The output stays between " + low + " and " + high + " over the whole plane";
        return range + ": the network does not tell the classes apart (yet).";
    }

    /** The predicted class at the centres of a res × res grid over {@link #bounds()}, for three or more classes. */
    @JSExport
    public int[] gridClasses(int res) {
        return Plots.gridClasses(run, bounds(), res);
    }

    /** The confusion matrix on one split ("train", "validation", "test"): K × K counts, row = actual class. */
    @JSExport
    public String[] confusion(String part) {
        if (run == null || !run.isClassification()) {
            return new String[0];
        }
        ConfusionMatrix m = ConfusionMatrix.of(run.network(), run.inputsOf(part(part)));
        int k = m.classes();
        String[] out = new String[k * k];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                out[a * k + p] = Integer.toString(m.count(a, p));
            }
        }
        return out;
    }

    /** A line under the confusion matrix: how many of the split's points are classified correctly. */
    @JSExport
    public String confusionSummary(String part) {
        if (run == null || !run.isClassification()) {
            return "";
        }
        ConfusionMatrix m = ConfusionMatrix.of(run.network(), run.inputsOf(part(part)));
        if (m.total() == 0) {
            return "no points in this split";
        }
        return m.correct() + " of " + m.total() + " correct (" + Numbers.fixed(100.0 * m.correct() / m.total(), 1)
                + " %)";
    }

    /** The keys of settings that change nothing in the experiment as it stands (their controls can hide). */
    @JSExport
    public String[] unusedKeys() {
        return RelevantFields.unused(now()).toArray(new String[0]);
    }

    /** The curves of a one-input regression run (empty for classification). */
    @JSExport
    public RegressionPlot regression() {
        return regression;
    }

    private Dataset part(String name) {
        switch (name) {
            case "validation":
                return run.validationSet();
            case "test":
                return run.testSet();
            default:
                return run.trainingSet();
        }
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

    /**
     * Makes {@code trial} the experiment if it can start (the diagram's edits); returns null, or why it can't and
     * the experiment stays as it was. The caller restarts the run.
     */
    String adopt(ExperimentState trial) {
        try {
            TrainingRun.start(trial);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        state = trial;
        return null;
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
