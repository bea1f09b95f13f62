package org.backproplab.web;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Activation;
import org.backproplab.engine.ActivationProfile;
import org.backproplab.engine.GradientNorms;
import org.backproplab.engine.LinearCollapse;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Network;
import org.backproplab.experiment.Fields;
import org.backproplab.text.Numbers;
import org.backproplab.experiment.TrainingRun;
import org.teavm.jso.JSExport;

/**
 * The page's Activations view: f and f′ of every activation with where the gradient vanishes, the per-layer
 * gradient norms of the current run, and the linear collapse of an all-identity network. It shares the lab's
 * experiment state; every number it hands the page is already formatted.
 */
public final class ActivationsView {
    /** The plotted range of s and its number of samples: s = i/40 − 5 exactly, i = 0…400. */
    static final double LO = -5;
    static final double HI = 5;
    static final int SAMPLES = 401;
    private static final String UNAVAILABLE = "not available in this build";

    private final Lab lab;
    private String[] peakTable;
    private TrainingRun normsRun;
    private int normsEpoch = -1;
    private double[] norms = new double[0];
    private String normsCaption = "";
    private LinearCollapse collapse;
    private String collapseProblem = "";
    private String[] collapseRows = new String[0];
    private String collapseMax = "";
    private int collapseCount;
    /** The collapse's inputs as the equations write them: x₁, x₂, … or the run's input features (x₁², sin x₂). */
    private String[] collapseSymbols = new String[0];
    private String collapseFeatures = "";

    ActivationsView(Lab lab) {
        this.lab = lab;
    }

    /**
     * "Use identity everywhere": sets every hidden and output unit to identity (clearing per-unit overrides) and,
     * since cross-entropy needs sigmoid outputs, a bce loss to mse. Returns "" and one line per Train setting it
     * changed ("Loss: bce → mse (cross-entropy needs sigmoid outputs)"), or a problem alone if one was refused.
     */
    @JSExport
    public String[] useIdentity() {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("");
        String[][] settings = {{"act", "identity"}, {"out", "identity"}, {"units", ""},
            {"loss", lab.get("loss").equals("bce") ? "mse" : lab.get("loss")}};
        for (String[] kv : settings) {
            String old = lab.get(kv[0]);
            if (old.equals(kv[1])) {
                continue;
            }
            String problem = lab.set(kv[0], kv[1]);
            if (!problem.isEmpty()) {
                return new String[] {problem};
            }
            out.add(Fields.byKey(kv[0]).label() + ": " + shown(old) + " → " + shown(kv[1])
                    + (kv[0].equals("loss") ? " (cross-entropy needs sigmoid outputs)" : ""));
        }
        return out.toArray(new String[0]);
    }

    private static String shown(String setting) {
        return setting.isEmpty() ? "—" : setting;
    }

    // ---- activation explorer --------------------------------------------------------------------------------

    /** Every activation id, in the engine's order. */
    @JSExport
    public String[] ids() {
        return Fields.ids(Activation.values()).toArray(new String[0]);
    }

    /** The formula of the activation, or "" for an unknown id. */
    @JSExport
    public String formula(String id) {
        Activation a = Activation.byId(id);
        return a == null ? "" : a.formula();
    }

    /** Whether this build can evaluate the activation (gelu_erf needs the portable erf). */
    @JSExport
    public boolean available(String id) {
        Activation a = Activation.byId(id);
        return a != null && evaluates(a);
    }

    /** The plotted s: 401 points from −5 to 5. */
    @JSExport
    public double[] samples() {
        return ActivationProfile.samples(LO, HI, SAMPLES);
    }

    /** f(s) at each sample (empty if unavailable). */
    @JSExport
    public double[] values(String id) {
        Activation a = usable(id);
        double[] s = samples();
        if (a == null) {
            return new double[0];
        }
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = a.apply(s[i]);
        }
        return out;
    }

    /** f′(s) at each sample (empty if unavailable). */
    @JSExport
    public double[] slopes(String id) {
        Activation a = usable(id);
        double[] s = samples();
        if (a == null) {
            return new double[0];
        }
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = ActivationProfile.slope(a, s[i]);
        }
        return out;
    }

    /** The hover readout at sample {@code index}: s (3 decimals), f(s) and f′(s) (6 decimals). */
    @JSExport
    public String[] readout(String id, int index) {
        Activation a = usable(id);
        if (a == null || index < 0 || index >= SAMPLES) {
            return new String[] {"", "", ""};
        }
        double s = samples()[index];
        double x = a.apply(s);
        return new String[] {fixed(s, 3), fixed(x, 6), fixed(a.derivative(s, x), 6)};
    }

    /** The parts of [−5, 5] where |f′| &lt; 0.01, as [a₀, b₀, a₁, b₁, …], for shading. */
    @JSExport
    public double[] vanishing(String id) {
        Activation a = usable(id);
        return a == null ? new double[0] : ActivationProfile.below(a, ActivationProfile.VANISHING, LO, HI, SAMPLES);
    }

    /** Where |f′| &lt; 0.01 on the plotted range, in words: "s ≤ -4.58, s ≥ 4.58", "everywhere" or "nowhere". */
    @JSExport
    public String vanishingText(String id) {
        Activation a = usable(id);
        return a == null ? UNAVAILABLE : describeParts(vanishing(id));
    }

    /** An axis tick label: up to 6 significant digits as %g writes them ("0.3", "1e-05"), never "-0". */
    @JSExport
    public String tick(double v) {
        return Numbers.general(v == 0 ? 0 : v, 6);
    }

    /** The threshold below which the page calls a slope vanishing, as shown. */
    @JSExport
    public String vanishingThreshold() {
        return Numbers.fixed(ActivationProfile.VANISHING, 2);
    }

    /** The largest slope as a point to mark on the chart, [s, f′(s)], or empty when it is not one point in range. */
    @JSExport
    public double[] peakPoint(String id) {
        Activation a = usable(id);
        if (a == null) {
            return new double[0];
        }
        ActivationProfile.Peak p = ActivationProfile.peak(a);
        if (!p.isPoint() || p.from() < LO || p.from() > HI) {
            return new double[0];
        }
        return new double[] {p.from(), p.value()};
    }

    /** The largest slope in words: "0.2500 at s = 0.00", "1.0000 from s = 0.00 on", "1.0000 everywhere"… */
    @JSExport
    public String peakText(String id) {
        Activation a = usable(id);
        return a == null ? UNAVAILABLE : describePeak(ActivationProfile.peak(a));
    }

    /** One row per activation: id, largest f′, where, and where |f′| &lt; 0.01 on [−5, 5]. */
    @JSExport
    public String[] peakTable() {
        if (peakTable == null) {
            Activation[] all = Activation.values();
            String[] rows = new String[4 * all.length];
            for (int k = 0; k < all.length; k++) {
                Activation a = all[k];
                rows[4 * k] = a.id();
                if (!evaluates(a)) {
                    rows[4 * k + 1] = "–";
                    rows[4 * k + 2] = UNAVAILABLE;
                    rows[4 * k + 3] = "–";
                    continue;
                }
                ActivationProfile.Peak p = ActivationProfile.peak(a);
                rows[4 * k + 1] = fixed(p.value(), 4);
                rows[4 * k + 2] = describeWhere(p);
                rows[4 * k + 3] = describeParts(ActivationProfile.below(a, ActivationProfile.VANISHING, LO, HI, SAMPLES));
            }
            peakTable = rows;
        }
        return peakTable.clone();
    }

    private static Activation usable(String id) {
        Activation a = Activation.byId(id);
        return a != null && evaluates(a) ? a : null;
    }

    /** False while PortableMath.erf is the placeholder that throws: the view says so instead of failing. */
    private static boolean evaluates(Activation a) {
        try {
            ActivationProfile.slope(a, 0.5);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static String describePeak(ActivationProfile.Peak p) {
        if (p.isLimit()) {
            return "→ " + fixed(p.value(), 4) + " as s → " + (p.from() > 0 ? "∞" : "−∞") + " (never reached)";
        }
        return fixed(p.value(), 4) + " " + describeWhere(p);
    }

    static String describeWhere(ActivationProfile.Peak p) {
        double from = p.from();
        double to = p.to();
        if (p.isLimit()) {
            return "approached as s → " + (from > 0 ? "∞" : "−∞");
        }
        if (p.isPoint()) {
            return "at s = " + fixed(from, 2);
        }
        boolean left = Double.isInfinite(from);
        boolean right = Double.isInfinite(to);
        if (left && right) {
            return "everywhere";
        }
        if (left) {
            return "for s up to " + fixed(to, 2);
        }
        if (right) {
            return "for s from " + fixed(from, 2) + " on";
        }
        return "for s from " + fixed(from, 2) + " to " + fixed(to, 2);
    }

    /** [a₀, b₀, …] inside [LO, HI] in words. */
    static String describeParts(double[] parts) {
        if (parts.length == 0) {
            return "nowhere";
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < parts.length; k += 2) {
            if (out.length() > 0) {
                out.append(", ");
            }
            boolean fromEdge = parts[k] == LO;
            boolean toEdge = parts[k + 1] == HI;
            if (fromEdge && toEdge) {
                return "everywhere";
            } else if (fromEdge) {
                out.append("s ≤ ").append(fixed(parts[k + 1], 2));
            } else if (toEdge) {
                out.append("s ≥ ").append(fixed(parts[k], 2));
            } else {
                out.append(fixed(parts[k], 2)).append(" ≤ s ≤ ").append(fixed(parts[k + 1], 2));
            }
        }
        return out.toString();
    }

    // ---- gradient norms of the current run --------------------------------------------------------------------

    /**
     * Recomputes ‖∂E/∂W⁽ˡ⁾‖ for the current run's weights over its training set when the run or its epoch
     * changed, and returns the caption ("" when the experiment can't start).
     */
    @JSExport
    public String refreshNorms() {
        TrainingRun run = lab.run();
        if (run == null) {
            norms = new double[0];
            normsRun = null;
            normsCaption = "";
            return normsCaption;
        }
        if (run != normsRun || run.epoch() != normsEpoch) {
            Dataset train = run.inputsOf(run.trainingSet());
            Loss loss = Loss.byId(run.state().get(Fields.LOSS));
            norms = train.size() == 0 ? new double[0]
                    : GradientNorms.of(run.network(), loss, train.xs(), train.ys(), train.size());
            normsRun = run;
            normsEpoch = run.epoch();
            normsCaption = "‖∂E/∂W⁽ˡ⁾‖ of the mean " + loss.id() + " loss over the " + train.size()
                    + " training points, at epoch " + run.epoch() + " of the current run";
        }
        return normsCaption;
    }

    /** The norms of the last {@link #refreshNorms()}, layer 1 first, for the bars. */
    @JSExport
    public double[] gradientNorms() {
        return norms.clone();
    }

    /** The same norms as shown: 3 significant digits in scientific notation. */
    @JSExport
    public String[] gradientNormTexts() {
        String[] out = new String[norms.length];
        for (int l = 0; l < norms.length; l++) {
            out[l] = Numbers.sci(norms[l], 2);
        }
        return out;
    }

    /** A label per weight layer: "W⁽¹⁾ · 2→10 sigmoid", the last one ending in "(output)". */
    @JSExport
    public String[] gradientNormLabels() {
        TrainingRun run = lab.run();
        if (run == null) {
            return new String[0];
        }
        Network net = run.network();
        String[] out = new String[net.layerCount()];
        for (int l = 1; l <= out.length; l++) {
            out[l - 1] = "W" + superscript(l) + " · " + net.width(l - 1) + "→" + net.width(l) + " "
                    + DiagramView.layerActivation(net, l);
        }
        return out;
    }

    // ---- linear collapse --------------------------------------------------------------------------------------

    /**
     * Collapses the current run's network if every unit is identity, compares W′x + b′ with the network on the
     * whole dataset, and returns "" or why it can't (then the other collapse methods return nothing).
     */
    @JSExport
    public String refreshCollapse(int rows) {
        collapse = null;
        collapseRows = new String[0];
        collapseMax = "";
        collapseCount = 0;
        collapseFeatures = "";
        TrainingRun run = lab.run();
        if (run == null) {
            collapseProblem = "the experiment can't start: " + lab.status();
            return collapseProblem;
        }
        Network net = run.network();
        String why = LinearCollapse.whyNot(net);
        if (why != null) {
            collapseProblem = "This network is not all-identity: " + why + ".";
            return collapseProblem;
        }
        collapseProblem = "";
        collapse = LinearCollapse.of(net);
        collapseSymbols = new String[net.width(0)];
        for (int c = 0; c < collapseSymbols.length; c++) {
            collapseSymbols[c] = run.hasFeatures() ? run.features().feature(c).symbol() : "x" + subscript(c + 1);
        }
        if (run.hasFeatures()) {
            collapseFeatures = "The network's inputs are the input features " + String.join(", ", collapseSymbols)
                    + ": W′ multiplies them, and the column x lists their values";
        }
        // with input features, the network's input is the features: W′ acts on them, and the rows show their values
        Dataset train = run.inputsOf(run.trainingSet());
        int shown = Math.min(rows, train.size());
        collapseRows = new String[4 * shown];
        for (int i = 0; i < shown; i++) {
            int in = train.inputDim();
            double[] y = net.forward(train.xs(), i * in);
            double[] z = collapse.apply(train.xs(), i * in);
            collapseRows[4 * i] = joined(train.xs(), i * in, in, 3);
            collapseRows[4 * i + 1] = joined(y, 0, y.length, 6);
            collapseRows[4 * i + 2] = joined(z, 0, z.length, 6);
            collapseRows[4 * i + 3] = Numbers.sci(maxDifference(y, z), 2);
        }
        double worst = 0;
        for (Dataset part : new Dataset[] {train, run.inputsOf(run.validationSet()), run.inputsOf(run.testSet())}) {
            int in = part.inputDim();
            for (int i = 0; i < part.size(); i++) {
                double[] y = net.forward(part.xs(), i * in);
                worst = Math.max(worst, maxDifference(y, collapse.apply(part.xs(), i * in)));
                collapseCount++;
            }
        }
        collapseMax = Numbers.sci(worst, 2);
        return collapseProblem;
    }

    /** With input features, a line saying that W′ acts on them (named) and the rows list their values; else "". */
    @JSExport
    public String collapseFeatureNote() {
        return collapseFeatures;
    }

    /** Rows of W′ then columns: the number of outputs (0 when there is no collapse). */
    @JSExport
    public int collapseOutputs() {
        return collapse == null ? 0 : collapse.outputs();
    }

    /** Columns of W′: the number of inputs (0 when there is no collapse). */
    @JSExport
    public int collapseInputs() {
        return collapse == null ? 0 : collapse.inputs();
    }

    /** W′ row by row (outputs × inputs), 6 decimals. */
    @JSExport
    public String[] collapseWeights() {
        if (collapse == null) {
            return new String[0];
        }
        double[][] w = collapse.weights();
        String[] out = new String[collapse.outputs() * collapse.inputs()];
        for (int k = 0; k < w.length; k++) {
            for (int c = 0; c < w[k].length; c++) {
                out[k * collapse.inputs() + c] = fixed(w[k][c], 6);
            }
        }
        return out;
    }

    /** b′, 6 decimals. */
    @JSExport
    public String[] collapseBias() {
        if (collapse == null) {
            return new String[0];
        }
        double[] b = collapse.bias();
        String[] out = new String[b.length];
        for (int k = 0; k < b.length; k++) {
            out[k] = fixed(b[k], 6);
        }
        return out;
    }

    /** y = W′x + b′ written out, one line per output: "y = 1.500000·x₁ − 0.250000·x₂ + 0.100000". */
    @JSExport
    public String[] collapseEquations() {
        if (collapse == null) {
            return new String[0];
        }
        double[][] w = collapse.weights();
        double[] b = collapse.bias();
        String[] out = new String[w.length];
        for (int k = 0; k < w.length; k++) {
            StringBuilder line = new StringBuilder("y");
            if (w.length > 1) {
                line.append(subscript(k + 1));
            }
            line.append(" =");
            for (int c = 0; c < w[k].length; c++) {
                appendTerm(line, w[k][c], c == 0, "·" + collapseSymbols[c]);
            }
            appendTerm(line, b[k], false, "");
            out[k] = line.toString();
        }
        return out;
    }

    private static void appendTerm(StringBuilder line, double v, boolean first, String factor) {
        String magnitude = fixed(Math.abs(v), 6);
        boolean negative = v < 0 && !isZeroText(magnitude);
        if (first) {
            line.append(negative ? " −" : " ").append(magnitude);
        } else {
            line.append(negative ? " − " : " + ").append(magnitude);
        }
        line.append(factor);
    }

    /** The first training points, 4 texts each: inputs, network output, W′x + b′, max |difference|. */
    @JSExport
    public String[] collapseRows() {
        return collapseRows.clone();
    }

    /** The largest |network − (W′x + b′)| over every point of the dataset (training, validation and test). */
    @JSExport
    public String collapseMaxDifference() {
        return collapseMax;
    }

    /** How many points {@link #collapseMaxDifference()} was taken over. */
    @JSExport
    public int collapseCount() {
        return collapseCount;
    }

    private static double maxDifference(double[] y, double[] z) {
        double worst = 0;
        for (int k = 0; k < y.length; k++) {
            worst = Math.max(worst, Math.abs(y[k] - z[k]));
        }
        return worst;
    }

    private static String joined(double[] v, int offset, int n, int decimals) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(fixed(v[offset + i], decimals));
        }
        return out.toString();
    }

    // ---- shared formatting ------------------------------------------------------------------------------------

    /** Numbers.fixed without the sign of a value that rounds to zero ("0.00", never "-0.00" for −1e-12). */
    static String fixed(double v, int decimals) {
        String text = Numbers.fixed(v, decimals);
        return text.startsWith("-") && isZeroText(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean isZeroText(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    static String superscript(int n) {
        return "⁽" + digits(n, "⁰¹²³⁴⁵⁶⁷⁸⁹") + "⁾";
    }

    static String subscript(int n) {
        return digits(n, "₀₁₂₃₄₅₆₇₈₉");
    }

    private static String digits(int n, String glyphs) {
        String plain = Integer.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            out.append(glyphs.charAt(plain.charAt(i) - '0'));
        }
        return out.toString();
    }
}
