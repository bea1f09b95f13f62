package org.backproplab.experiment.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.GradientCheck;
import org.backproplab.engine.Jacobian;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Network;
import org.backproplab.text.Numbers;

/**
 * One step of gradient descent on one sample, every number kept: the forward pass (s⁽ˡ⁾, x⁽ˡ⁾), the error E, the
 * backward pass (∂E/∂x⁽ˡ⁾, f′(s⁽ˡ⁾), δ⁽ˡ⁾), the gradients ∂E/∂W⁽ˡ⁾, the updated weights W − η ∂E/∂W and the forward
 * pass with them; then two checks a student can make: every ∂E/∂W again by central finite differences, and the
 * gradient with respect to the input (∂E/∂x⁽⁰⁾ and the Jacobian ∂x⁽ᴸ⁾/∂x⁽⁰⁾). Layers are 1-based as in the course;
 * weights are row-major with the biases as row 0 whatever the convention the tables are written in. Immutable.
 */
public final class WorksheetStep {
    /** The step h of the finite differences (E(w + h) − E(w − h)) / 2h: their error, about h², stays below 1e-9. */
    static final double FINITE_DIFFERENCE_STEP = 1e-6;
    /** {@link #FINITE_DIFFERENCE_STEP} as the formulas write it. */
    static final String FINITE_DIFFERENCE_STEP_TEXT = "10⁻⁶";
    /**
     * Finite differences that miss backprop by more than this (relative to the gradient, or absolute below 1)
     * mean E is not smooth at this point, not that backprop is wrong: |y − t| at y = t, ReLU at s = 0.
     */
    static final double DISAGREEMENT = 1e-5;

    private final WorksheetSetup setup;
    private final int number;
    private final double[][] weights;
    private final double[][] s;
    private final double[][] x;
    private final double error;
    private final double[][] dEdx;
    private final double[][] fPrime;
    private final double[][] delta;
    private final double[][] gradients;
    private final double[][] numeric;
    private final double[][] inputJacobian;
    private final double[][] updated;
    private final double[][] sAfter;
    private final double[][] xAfter;
    private final double errorAfter;
    private List<Section> sections;

    private WorksheetStep(WorksheetSetup setup, int number, double[][] weights) {
        this.setup = setup;
        this.number = number;
        this.weights = weights;
        int layers = setup.layerCount();
        Network net = network(setup, weights);
        net.forward(setup.input());
        s = new double[layers + 1][];
        x = new double[layers + 1][];
        copyForward(net, s, x);
        net.zeroGradients();
        error = net.backward(setup.loss(), setup.target(), 0);
        dEdx = new double[layers + 1][];
        fPrime = new double[layers + 1][];
        delta = new double[layers + 1][];
        gradients = new double[layers + 1][];
        updated = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            delta[l] = net.deltas(l).clone();
            gradients[l] = net.gradients(l).clone();
            fPrime[l] = new double[s[l].length];
            for (int j = 0; j < s[l].length; j++) {
                fPrime[l][j] = setup.activation(l, j).derivative(s[l][j], x[l][j]);
            }
            updated[l] = new double[weights[l - 1].length];
            for (int k = 0; k < updated[l].length; k++) {
                updated[l][k] = weights[l - 1][k] - setup.eta() * gradients[l][k];
            }
        }
        dEdx[layers] = new double[x[layers].length];
        setup.loss().gradient(x[layers], setup.target(), x[layers].length, dEdx[layers]);
        for (int l = layers - 1; l >= 1; l--) {
            dEdx[l] = backPropagated(weights[l], delta[l + 1], s[l].length);
        }
        dEdx[0] = backPropagated(weights[0], delta[1], x[0].length);
        GradientCheck check = GradientCheck.of(network(setup, weights), setup.loss(), setup.input(), setup.target(),
                FINITE_DIFFERENCE_STEP);
        numeric = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            numeric[l] = check.numeric(l);
        }
        inputJacobian = Jacobian.of(network(setup, weights), setup.input());
        Network after = network(setup, updatedWeights());
        double[] y = after.forward(setup.input());
        sAfter = new double[layers + 1][];
        xAfter = new double[layers + 1][];
        copyForward(after, sAfter, xAfter);
        errorAfter = setup.loss().value(y, setup.target(), y.length);
    }

    /** Step {@code number} of {@code setup} from {@code weights} (row-major, biases as row 0, one array per layer). */
    static WorksheetStep compute(WorksheetSetup setup, double[][] weights, int number) {
        return new WorksheetStep(setup, number, weights);
    }

    private static Network network(WorksheetSetup setup, double[][] weights) {
        Network net = new Network(setup.sizes(), setup.activations(), true);
        net.setWeights(weights);
        return net;
    }

    private static void copyForward(Network net, double[][] s, double[][] x) {
        x[0] = net.activations(0).clone();
        for (int l = 1; l < x.length; l++) {
            s[l] = net.preActivations(l).clone();
            x[l] = net.activations(l).clone();
        }
    }

    /**
     * ∂E/∂x⁽ˡ⁾ⱼ = Σₖ W⁽ˡ⁺¹⁾ⱼₖ δ⁽ˡ⁺¹⁾ₖ over the rows j ≥ 1 of W⁽ˡ⁺¹⁾ (row 0 multiplies the constant 1), summed in the
     * engine's order so that f′ times it is exactly the engine's δ⁽ˡ⁾.
     */
    private static double[] backPropagated(double[] nextWeights, double[] nextDelta, int units) {
        int n = nextDelta.length;
        double[] out = new double[units];
        for (int j = 0; j < units; j++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += nextWeights[(j + 1) * n + k] * nextDelta[k];
            }
            out[j] = sum;
        }
        return out;
    }

    /** The setup this step belongs to. */
    public WorksheetSetup setup() {
        return setup;
    }

    /** 1 for the step from the typed weights, 2 for the one after it, … */
    public int number() {
        return number;
    }

    /** W⁽ˡ⁾ this step starts from (copy; row-major, row 0 = biases). */
    public double[] weights(int l) {
        return weights[l - 1].clone();
    }

    /** s⁽ˡ⁾ (copy). */
    public double[] s(int l) {
        return s[l].clone();
    }

    /** x⁽ˡ⁾ without the bias entry (copy); x⁽⁰⁾ is the input. */
    public double[] x(int l) {
        return x[l].clone();
    }

    /** The error E of this step's forward pass. */
    public double error() {
        return error;
    }

    /**
     * ∂E/∂x⁽ˡ⁾ (copy): from the loss at the output, W⁽ˡ⁺¹⁾δ⁽ˡ⁺¹⁾ without the bias row below it, down to l = 0, the
     * gradient with respect to the input.
     */
    public double[] dEdx(int l) {
        return dEdx[l].clone();
    }

    /** f′(s⁽ˡ⁾) unit by unit (copy). */
    public double[] fPrime(int l) {
        return fPrime[l].clone();
    }

    /** δ⁽ˡ⁾ = ∂E/∂s⁽ˡ⁾ (copy). */
    public double[] delta(int l) {
        return delta[l].clone();
    }

    /** ∂E/∂W⁽ˡ⁾ (copy; row-major, row 0 = ∂E/∂b⁽ˡ⁾). */
    public double[] gradients(int l) {
        return gradients[l].clone();
    }

    /** ∂E/∂W⁽ˡ⁾ by central finite differences with step {@link #FINITE_DIFFERENCE_STEP} (copy; row-major). */
    public double[] finiteDifferences(int l) {
        return numeric[l].clone();
    }

    /** The largest |∂E/∂W⁽ˡ⁾ᵢⱼ − its finite difference| over the layer's weights and biases. */
    public double largestFiniteDifferenceGap(int l) {
        double worst = 0;
        for (int k = 0; k < numeric[l].length; k++) {
            worst = Math.max(worst, Math.abs(gradients[l][k] - numeric[l][k]));
        }
        return worst;
    }

    /** ∂x⁽ᴸ⁾ₖ/∂x⁽⁰⁾ᵢ at the input, one row per output k (copy): how the output moves with the input. */
    public double[][] inputJacobian() {
        double[][] out = new double[inputJacobian.length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = inputJacobian[k].clone();
        }
        return out;
    }

    /** W⁽ˡ⁾ − η ∂E/∂W⁽ˡ⁾ (copy). */
    public double[] updated(int l) {
        return updated[l].clone();
    }

    /** All updated weights, one array per layer: where the next step starts. */
    public double[][] updatedWeights() {
        double[][] out = new double[setup.layerCount()][];
        for (int l = 1; l <= out.length; l++) {
            out[l - 1] = updated[l].clone();
        }
        return out;
    }

    /** s⁽ˡ⁾ of the forward pass with the updated weights (copy). */
    public double[] sAfter(int l) {
        return sAfter[l].clone();
    }

    /** x⁽ˡ⁾ of the forward pass with the updated weights (copy). */
    public double[] xAfter(int l) {
        return xAfter[l].clone();
    }

    /** E with the updated weights. */
    public double errorAfter() {
        return errorAfter;
    }

    /** "Step 1". */
    public String title() {
        return "Step " + number;
    }

    /** One line describing the network, loss, η and convention, for the page and the exports. */
    public String summary() {
        StringBuilder sb = new StringBuilder("Network ");
        int[] sizes = setup.sizes();
        for (int l = 0; l < sizes.length; l++) {
            sb.append(l == 0 ? "" : "–").append(sizes[l]);
        }
        sb.append(" · ").append(setup.loss().formula()).append(" · η = ").append(eta()).append(" · ")
                .append(setup.convention().label());
        return sb.toString();
    }

    /** η as typed, for formulas ("0.5"). */
    String eta() {
        return Numbers.general(setup.eta(), 15);
    }

    /** Things the student should know about this step's numbers; empty when there is nothing to say. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (!allFinite()) {
            out.add("Some numbers overflowed (∞ or NaN): η or the weights are too large for this step.");
        }
        for (int l = 1; l <= setup.layerCount(); l++) {
            for (int j = 0; j < setup.width(l); j++) {
                Activation a = setup.activation(l, j);
                if (a == Activation.STEP || a == Activation.SIGN) {
                    out.add("Layer " + l + " has " + a.id() + " units: f′ = 0, so no gradient passes through them.");
                    break;
                }
            }
        }
        for (int l = 1; l <= setup.layerCount(); l++) {
            if (disagrees(l)) {
                out.add("Finite differences disagree with backprop for " + Notation.of("W", l) + " (by up to "
                        + Numbers.sci(largestFiniteDifferenceGap(l), 1) + "): E is not smooth at these weights, as"
                        + " |y − t| at y = t or ReLU at s = 0, and there the derivative does not exist.");
            }
        }
        if (setup.loss() == Loss.BCE && !inUnitInterval(setup.target())) {
            out.add("Cross-entropy expects targets between 0 and 1.");
        }
        int last = setup.layerCount();
        for (int j = 0; setup.loss() == Loss.BCE && j < setup.width(last); j++) {
            if (setup.activation(last, j) != Activation.SIGMOID) {
                out.add("Cross-entropy reads each output as a probability, but output unit " + (j + 1) + " is "
                        + setup.activation(last, j).id() + ": y can leave (0, 1), where E is clamped at y = 1e-12 or"
                        + " 1 − 1e-12 and stops changing.");
                break;
            }
        }
        return out;
    }

    /** Whether some weight of layer l has a finite difference further from its gradient than rounding explains. */
    private boolean disagrees(int l) {
        for (int k = 0; k < numeric[l].length; k++) {
            double scale = Math.max(1, Math.max(Math.abs(gradients[l][k]), Math.abs(numeric[l][k])));
            if (Math.abs(gradients[l][k] - numeric[l][k]) / scale > DISAGREEMENT) {
                return true;
            }
        }
        return false;
    }

    private boolean allFinite() {
        if (!finite(error) || !finite(errorAfter)) {
            return false;
        }
        for (int l = 1; l <= setup.layerCount(); l++) {
            for (double[][] quantity : new double[][][] {s, x, dEdx, delta, gradients, updated, sAfter, xAfter}) {
                for (double v : quantity[l]) {
                    if (!finite(v)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static boolean inUnitInterval(double[] v) {
        for (double t : v) {
            if (t < 0 || t > 1) {
                return false;
            }
        }
        return true;
    }

    /** The worksheet's tables, section by section, in reading order. */
    public List<Section> sections() {
        if (sections == null) {
            sections = WorksheetTables.of(this);
        }
        return sections;
    }

    /** All tables as Markdown (a heading per section and table, the formulas as a list above each table). */
    public String markdown() {
        return WorksheetExport.markdown(this);
    }

    /** All tables as CSV (RFC 4180), one block per table with its title and formulas above it. */
    public String csv() {
        return WorksheetExport.csv(this);
    }
}
