package org.backproplab.web;

import org.backproplab.engine.Activation;
import org.backproplab.engine.Feature;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.InputFeatures;
import org.backproplab.engine.Network;
import org.backproplab.engine.UnitPictures;
import org.backproplab.text.Numbers;
import org.backproplab.experiment.ChoiceNames;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.NetworkEdit;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.ExactDecimal;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The network diagram of the Train view: the current run's weights to draw, exact values for hovering, and one
 * neuron's activation over the input plane. The page polls {@link #version()} once per animation frame and
 * redraws only when it changes, so the diagram follows training without the Train view calling it.
 */
public final class DiagramView {
    private final Lab lab;
    private TrainingRun seenRun;
    private int seenEpoch = -1;
    private int version;
    private String mapCaption = "";
    /** The unit pictures: the thumbnails' grid, and one unit's larger picture for the output panel. */
    private final PicturePass small = new PicturePass();
    private final PicturePass large = new PicturePass();
    private double[] pictures = new double[0];
    private double[] scales = new double[0];

    DiagramView(Lab lab) {
        this.lab = lab;
    }

    /** A number that changes whenever the run is replaced or trains an epoch: the page redraws when it does. */
    @JSExport
    public int version() {
        TrainingRun run = lab.run();
        int epoch = run == null ? -1 : run.epoch();
        if (run != seenRun || epoch != seenEpoch) {
            seenRun = run;
            seenEpoch = epoch;
            version++;
        }
        return version;
    }

    /** The layer widths, input first (empty when the experiment can't start). */
    @JSExport
    public int[] sizes() {
        Network net = network();
        return net == null ? new int[0] : net.sizes();
    }

    /** A copy of W⁽ˡ⁾, row-major (n⁽ˡ⁻¹⁾ + 1) × n⁽ˡ⁾ with the biases as row 0, for drawing. */
    @JSExport
    public double[] weights(int l) {
        return network().weights(l).clone();
    }

    /** The activation id of each unit of layer l ≥ 1. */
    @JSExport
    public String[] activationIds(int l) {
        Network net = network();
        String[] out = new String[net.width(l)];
        for (int j = 0; j < out.length; j++) {
            out[j] = net.activation(l, j).id();
        }
        return out;
    }

    /** f on 21 points of [−5, 5] for the little curve drawn inside a neuron (empty if this build can't evaluate it). */
    @JSExport
    public double[] glyph(String id) {
        Activation a = Activation.byId(id);
        double[] out = new double[21];
        try {
            for (int i = 0; i < out.length; i++) {
                out[i] = a.apply((i - 10) * 0.5);
            }
        } catch (UnsupportedOperationException e) {
            return new double[0]; // gelu_erf until the portable erf lands
        }
        return out;
    }

    /** A caption per column: "input · 2", "layer 1 · 10 sigmoid", …, "output · 1 sigmoid". */
    @JSExport
    public String[] layerLabels() {
        Network net = network();
        if (net == null) {
            return new String[0];
        }
        int layers = net.layerCount();
        String[] out = new String[layers + 1];
        out[0] = "input · " + net.width(0);
        for (int l = 1; l <= layers; l++) {
            out[l] = (l == layers ? "output" : "layer " + l) + " · " + net.width(l) + " " + layerActivation(net, l);
        }
        return out;
    }

    /** The inputs' names, "x₁", "x₂", … or the input features ("x₁²", "sin x₂"), written inside the input neurons. */
    @JSExport
    public String[] inputNames() {
        Network net = network();
        String[] out = new String[net == null ? 0 : net.width(0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = inputName(lab.run(), i);
        }
        return out;
    }

    /** Input i of the run's network: x₁, x₂, … or its input feature's symbol. */
    static String inputName(TrainingRun run, int i) {
        return run != null && run.hasFeatures() ? run.features().feature(i).symbol() : "x" + ActivationsView.subscript(
                i + 1);
    }

    // ---- input features: the diagram's input column lists them all, and a click switches one on or off ----

    /** Whether the data have the two inputs features are made from (else the feature list is not shown). */
    @JSExport
    public boolean featuresApply() {
        TrainingRun run = lab.run();
        return run != null && run.trainingSet().inputDim() == 2;
    }

    /** Every input feature's id, in order (x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2). */
    @JSExport
    public String[] featureIds() {
        return Fields.ids(Feature.values()).toArray(new String[0]);
    }

    /** How a feature is written ("x₁²"). */
    @JSExport
    public String featureSymbol(String id) {
        Feature f = Feature.byId(id);
        return f == null ? id : f.symbol();
    }

    /** The name people read for a feature ("x1 squared"), for its button's label. */
    @JSExport
    public String featureName(String id) {
        return ChoiceNames.of(Fields.FEATURES.key(), id);
    }

    /** Whether feature {@code id} is on in the experiment as set. */
    @JSExport
    public boolean featureOn(String id) {
        return InputFeatures.ids(lab.state()).contains(id);
    }

    /** Switches feature {@code id} on or off: "changed" or "refused", then what happened (the last one stays on). */
    @JSExport
    public String[] toggleFeature(String id) {
        ExperimentState trial;
        try {
            trial = InputFeatures.toggled(lab.state(), id);
        } catch (IllegalArgumentException e) {
            return new String[] {"refused", e.getMessage()};
        }
        Feature f = Feature.byId(id);
        boolean on = InputFeatures.ids(trial).contains(id);
        String problem = lab.adopt(trial);
        if (problem != null) {
            return new String[] {"refused", problem};
        }
        return new String[] {"changed", "Input feature " + f.symbol() + (on ? " on" : " off") + ": the network's inputs"
            + " are " + InputFeatures.symbols(trial) + "."};
    }

    /**
     * Feature {@code id} over the input plane: its value on a res × res grid over the data's range, top row first
     * (the same plane as the output's), for its thumbnail; empty when the data are not a plane.
     */
    @JSExport
    public double[] featureMap(String id, int res) {
        Feature f = Feature.byId(id);
        TrainingRun run = lab.run();
        if (f == null || run == null || run.trainingSet().inputDim() != 2) {
            return new double[0];
        }
        double[] plane = UnitPictures.plane(Plots.bounds(run.trainingSet()), res); // the pictures' own points
        double[] out = new double[res * res];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.value(plane[2 * k], plane[2 * k + 1]);
        }
        return out;
    }

    /** Short column captions for dense diagrams: "input", "1", "2", …, "output". */
    @JSExport
    public String[] layerShortLabels() {
        Network net = network();
        if (net == null) {
            return new String[0];
        }
        int layers = net.layerCount();
        String[] out = new String[layers + 1];
        out[0] = "input";
        for (int l = 1; l < layers; l++) {
            out[l] = Integer.toString(l);
        }
        out[layers] = "output";
        return out;
    }

    /** The exact weight W⁽ˡ⁾(i, j) (row i = 0 is the bias) and what it connects, one line each. */
    @JSExport
    public String[] edgeText(int l, int i, int j) {
        Network net = network();
        double w = net.weights(l)[i * net.width(l) + j];
        if (i == 0) {
            return new String[] {"b = " + Numbers.fixed(w, 6), "bias of " + unitName(net, l, j)};
        }
        return new String[] {"w = " + Numbers.fixed(w, 6), "from " + unitName(net, l - 1, i - 1) + " to "
            + unitName(net, l, j)};
    }

    /** What a neuron is: its name and activation, and its bias. */
    @JSExport
    public String[] neuronText(int l, int j) {
        Network net = network();
        if (l == 0) {
            return new String[] {unitName(net, 0, j)};
        }
        double b = net.weights(l)[j];
        return new String[] {unitName(net, l, j) + " · " + net.activation(l, j).id(), "b = " + Numbers.fixed(b, 6)};
    }

    /** Whether a neuron's activation can be mapped: the data have one or two inputs. */
    @JSExport
    public boolean canMap() {
        TrainingRun run = lab.run();
        return run != null && run.trainingSet().inputDim() <= 2;
    }

    /**
     * The activation x⁽ˡ⁾ⱼ of one neuron for inputs across the data's range: on a res × res grid over the plane
     * (top row first) for two inputs, on res points along x for one. Sets {@link #mapCaption()}.
     */
    @JSExport
    public double[] neuronMap(int l, int j, int res) {
        Network net = network();
        TrainingRun run = lab.run();
        double[] b = Plots.bounds(run.trainingSet());
        boolean plane = run.trainingSet().inputDim() == 2;
        double[] out = new double[plane ? res * res : res];
        double[] in = new double[net.width(0)];
        double[] raw = new double[2];
        for (int r = 0; r < (plane ? res : 1); r++) {
            for (int c = 0; c < res; c++) {
                Plots.input(run, b[0] + (c + 0.5) * (b[1] - b[0]) / res, plane ? b[3] - (r + 0.5) * (b[3] - b[2]) / res
                        : 0, raw, in);
                net.forward(in, 0);
                out[r * res + c] = net.activations(l)[j];
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : out) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        String what = l == 0 ? unitName(net, 0, j) : unitName(net, l, j) + " (" + net.activation(l, j).id() + ")";
        mapCaption = what + (plane ? " over the input plane" : " along x") + ": from " + Numbers.general(min, 4)
                + " (orange) to " + Numbers.general(max, 4) + " (blue)";
        return out;
    }

    /** The caption of the last {@link #neuronMap}: which neuron, and the range its colours span. */
    @JSExport
    public String mapCaption() {
        return mapCaption;
    }

    // ---- every unit's picture over the input plane (issue 27) ----------------------------------------------

    /**
     * The most weights a network may have for its units to show pictures: one pass over the 400 grid points then
     * costs at most 4 million multiply-adds, a few milliseconds, and the diagram's own networks (6 layers of 8 at
     * most) have under 500. A larger network, typed in the settings, is drawn without them.
     */
    static final int PICTURE_WEIGHTS = 10_000;

    /** Whether the units show pictures: the data have two inputs (a plane to picture) and the network is not huge. */
    @JSExport
    public boolean hasPictures() {
        TrainingRun run = lab.run();
        // a plane, whatever features the network sees of it; a huge network typed in the settings goes without
        return run != null && run.trainingSet().inputDim() == 2 && network().parameterCount() <= PICTURE_WEIGHTS;
    }

    /**
     * Every unit's value on a res × res grid over the input plane (top row first), in one typed array that shares
     * the engine's storage (no copy, no call per pixel): the inputs, then layer 1, 2, …, each unit's res² values
     * in turn (see {@link UnitPictures#offset}). Computed in one batched pass, at most once per epoch. Empty
     * without a two-input network.
     */
    @JSExport
    public Float64Array pictures(int res) {
        return Float64Array.fromJavaArray(pictureValues(res));
    }

    /** What {@link #pictures} hands the page, as a Java array (the JVM tests read it). */
    double[] pictureValues(int res) {
        if (!hasPictures()) {
            pictures = new double[0];
            scales = new double[0];
            small.forget();
            return pictures;
        }
        double[] values = small.at(lab.run(), res);
        if (values != pictures || small.fresh) {
            pictures = values;
            scales = scalesOf(lab.run().network(), pictures, res * res, binaryOutput());
        }
        return pictures;
    }

    /**
     * One batched pass of every unit over a res × res grid of the run's plane, kept until the run, its epoch or
     * the grid changes: the thumbnails' pass and the output panel's finer one each have their own.
     */
    private static final class PicturePass {
        private final UnitPictures pictures = new UnitPictures();
        private TrainingRun run;
        private int epoch = -1;
        private int res;
        private double[] values = new double[0];
        /** Whether the last {@link #at} computed anew. */
        boolean fresh;

        double[] at(TrainingRun r, int gridRes) {
            fresh = r != run || r.epoch() != epoch || gridRes != res;
            if (fresh) {
                values = pictures.compute(r.network(), networkInputs(r, UnitPictures.plane(Plots.bounds(
                        r.trainingSet()), gridRes)), gridRes * gridRes);
                run = r;
                epoch = r.epoch();
                res = gridRes;
            }
            return values;
        }

        void forget() {
            run = null;
        }

        int res() {
            return res;
        }

        TrainingRun run() {
            return run;
        }
    }

    /**
     * The network's inputs at the plane's points: the points themselves (x₁, x₂), or the run's input features of them
     * (x₁², sin x₂, …), so that every picture, the input column's included, is of what the network sees.
     */
    private static double[] networkInputs(TrainingRun run, double[] plane) {
        return run.hasFeatures() ? run.features().applyAll(plane, plane.length / 2) : plane;
    }

    /**
     * The colour scale of each unit of the last {@link #pictures}, as pairs (the value drawn orange, the value
     * drawn blue; white halfway), units in the pictures' order: an output of two classes on the output panel's
     * [0, 1]; a bounded activation on its own range (sigmoid and step [0, 1], tanh and sign [−1, 1]); an unbounded
     * one (ReLU, identity, …) and the inputs on [−m, m], m the largest |value| of such units of its layer over the
     * grid, so that 0 is white and a layer's units compare.
     */
    @JSExport
    public Float64Array pictureScales() {
        return Float64Array.fromJavaArray(scales);
    }

    /** What {@link #pictureScales} hands the page, as a Java array. */
    double[] pictureScaleValues() {
        return scales;
    }

    private boolean binaryOutput() {
        TrainingRun run = lab.run();
        return run.isClassification() && run.trainingSet().numClasses() <= 2;
    }

    static double[] scalesOf(Network net, double[] values, int m, boolean binaryOutput) {
        int[] sizes = net.sizes();
        int units = 0;
        for (int n : sizes) {
            units += n;
        }
        double[] out = new double[2 * units];
        for (int l = 0, u = 0; l < sizes.length; l++) {
            double most = 0;
            for (int j = 0; j < sizes[l]; j++) {
                if (bounds(net, l, j, binaryOutput) == null) {
                    int from = UnitPictures.offset(sizes, l, j, m);
                    for (int k = from; k < from + m; k++) {
                        double a = Math.abs(values[k]);
                        if (a > most && a <= Double.MAX_VALUE) {
                            most = a;
                        }
                    }
                }
            }
            for (int j = 0; j < sizes[l]; j++, u++) {
                double[] b = bounds(net, l, j, binaryOutput);
                out[2 * u] = b == null ? -most : b[0];
                out[2 * u + 1] = b == null ? most : b[1];
            }
        }
        return out;
    }

    /** A unit's fixed colour range, or null when its values are unbounded (scaled by its layer's largest |value|). */
    private static double[] bounds(Network net, int l, int j, boolean binaryOutput) {
        if (l == 0) {
            return null;
        }
        if (l == net.layerCount() && binaryOutput) {
            return new double[] {0, 1};
        }
        switch (net.activation(l, j)) {
            case SIGMOID:
            case STEP:
                return new double[] {0, 1};
            case TANH:
            case SIGN:
                return new double[] {-1, 1};
            default:
                return null;
        }
    }

    /**
     * The colour scale of each layer's pictures as the diagram's legend writes it ("±1" for tanh, "±2.31" for a ReLU
     * layer whose largest value over the plane is 2.31), one per layer; "" for the inputs (drawn as names, not
     * pictures), for a layer on the output panel's [0, 1] and for one whose units' scales differ (each unit's is in
     * its caption).
     */
    @JSExport
    public String[] pictureLegend() {
        Network net = network();
        if (net == null || scales.length == 0 || small.run() != lab.run()) {
            return new String[0];
        }
        String[] out = new String[net.layerCount() + 1];
        out[0] = "";
        for (int l = 1, u = net.width(0); l <= net.layerCount(); l++) {
            double lo = scales[2 * u];
            double hi = scales[2 * u + 1];
            boolean same = true;
            for (int j = 1; j < net.width(l); j++) {
                same &= scales[2 * (u + j)] == lo && scales[2 * (u + j) + 1] == hi;
            }
            boolean plain = lo == 0 && hi == 1;
            out[l] = !same || plain ? "" : lo == -hi ? "±" + Numbers.general(hi, 3)
                    : Numbers.general(lo, 3) + " … " + Numbers.general(hi, 3);
            u += net.width(l);
        }
        return out;
    }

    /**
     * Unit j of layer l on a res × res grid over the plane, for the output panel: the values of the same batched
     * pass at a finer grid (the unit's colour scale stays that of its thumbnail).
     */
    @JSExport
    public Float64Array unitPicture(int l, int j, int res) {
        return Float64Array.fromJavaArray(unitPictureValues(l, j, res));
    }

    /** What {@link #unitPicture} hands the page, as a Java array. */
    double[] unitPictureValues(int l, int j, int res) {
        if (!hasPictures()) {
            return new double[0];
        }
        int m = res * res;
        double[] all = large.at(lab.run(), res);
        double[] out = new double[m];
        System.arraycopy(all, UnitPictures.offset(network().sizes(), l, j, m), out, 0, m);
        return out;
    }

    /** The colour scale of unit j of layer l: the value drawn orange, the value drawn blue. */
    @JSExport
    public double[] unitScale(int l, int j) {
        pictureValues(small.res() == 0 ? 20 : small.res());
        int u = UnitPictures.offset(network().sizes(), l, j, 1);
        return new double[] {scales[2 * u], scales[2 * u + 1]};
    }

    /** The output panel's caption while it shows unit j of layer l: which unit, and its colour scale. */
    @JSExport
    public String unitPictureCaption(int l, int j) {
        Network net = network();
        double[] s = unitScale(l, j);
        String what = l == 0 ? unitName(net, 0, j) : unitName(net, l, j) + " (" + net.activation(l, j).id() + ")";
        return what + " over the input plane: orange " + Numbers.general(s[0], 3) + ", white "
                + Numbers.general((s[0] + s[1]) / 2, 3) + ", blue " + Numbers.general(s[1], 3);
    }

    // ---- editing the network in place (NetworkEdit): each returns "changed" or "refused", then what happened ----

    /** Adds a hidden layer before the output. */
    @JSExport
    public String[] addLayer() {
        return apply(NetworkEdit.addLayer(lab.state()));
    }

    /** Removes the last hidden layer. */
    @JSExport
    public String[] removeLayer() {
        return apply(NetworkEdit.removeLayer(lab.state()));
    }

    /** Adds a unit to hidden layer l (1-based, as W⁽ˡ⁾). */
    @JSExport
    public String[] addUnit(int l) {
        return apply(NetworkEdit.addUnit(lab.state(), l));
    }

    /** Removes the last unit of hidden layer l. */
    @JSExport
    public String[] removeUnit(int l) {
        return apply(NetworkEdit.removeUnit(lab.state(), l));
    }

    /** Gives unit j (0-based) of layer l the activation id (for an output unit: every output unit). */
    @JSExport
    public String[] setActivation(int l, int j, String id) {
        return apply(NetworkEdit.setActivation(lab.state(), l, j + 1, id));
    }

    /** Makes W⁽ˡ⁾(i, j) start at the typed value: possible before the first epoch only. */
    @JSExport
    public String[] setWeight(int l, int i, int j, String text) {
        if (!canTypeWeights()) {
            return new String[] {"refused", "Initial weights can be typed before the first epoch: press Reset, then type"
                + " the weight."};
        }
        return apply(NetworkEdit.setWeight(lab.state(), network(), l, i, j, text));
    }

    /** Whether a weight can be typed now: the run is at epoch 0 and is the experiment's own. */
    @JSExport
    public boolean canTypeWeights() {
        TrainingRun run = lab.run();
        return run != null && run.epoch() == 0 && lab.problem().isEmpty();
    }

    /** W⁽ˡ⁾(i, j) as the shortest decimal that reads back as itself, for the box it is typed in. */
    @JSExport
    public String weightText(int l, int i, int j) {
        Network net = network();
        return ExactDecimal.of(net.weights(l)[i * net.width(l) + j]);
    }

    /** The hidden layers the diagram's + adds up to. */
    @JSExport
    public int maxLayers() {
        return NetworkEdit.MAX_LAYERS;
    }

    /** The units per layer the diagram's + adds up to. */
    @JSExport
    public int maxUnits() {
        return NetworkEdit.MAX_UNITS;
    }

    /** Every activation's id, in the menu's order. */
    @JSExport
    public String[] activationChoices() {
        return Fields.OUTPUT.choices().toArray(new String[0]);
    }

    /** The name people read for an activation id ("Leaky ReLU"). */
    @JSExport
    public String activationName(String id) {
        return ChoiceNames.of(Fields.OUTPUT.key(), id);
    }

    /** A unit's name, as the tooltip writes it ("unit 3 of layer 1"). */
    @JSExport
    public String unitLabel(int l, int j) {
        Network net = network();
        return net == null ? "" : unitName(net, l, j);
    }

    private String[] apply(NetworkEdit.Result r) {
        String[] out = new String[r.lines().size() + 1];
        out[0] = "refused";
        for (int k = 0; k < r.lines().size(); k++) {
            out[k + 1] = r.lines().get(k);
        }
        if (r.state() != null) {
            String problem = lab.adopt(r.state());
            if (problem != null) {
                return new String[] {"refused", problem};
            }
            out[0] = "changed";
        }
        return out;
    }

    private Network network() {
        TrainingRun run = lab.run();
        return run == null ? null : run.network();
    }

    /** "input x₂" (or "input x₁²", a feature), "unit 3 of layer 1", "output unit 1". */
    private String unitName(Network net, int l, int j) {
        if (l == 0) {
            return "input " + inputName(lab.run(), j);
        }
        if (l == net.layerCount()) {
            return "output unit " + (j + 1);
        }
        return "unit " + (j + 1) + " of layer " + l;
    }

    /** The activation id shared by every unit of layer l, or "mixed". */
    static String layerActivation(Network net, int l) {
        Activation first = net.activation(l, 0);
        for (int j = 1; j < net.width(l); j++) {
            if (net.activation(l, j) != first) {
                return "mixed";
            }
        }
        return first.id();
    }
}
