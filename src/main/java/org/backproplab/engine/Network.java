package org.backproplab.engine;

import java.util.Arrays;

/**
 * A fully connected network on flat arrays, in the course's notation.
 *
 * <p>Layer l = 1…L computes s⁽ˡ⁾ = W⁽ˡ⁾ᵀ·[1, x⁽ˡ⁻¹⁾] and x⁽ˡ⁾ = f(s⁽ˡ⁾), unit by unit, so each unit may have its
 * own activation. W⁽ˡ⁾ has n⁽ˡ⁻¹⁾ + 1 rows and n⁽ˡ⁾ columns; row 0 holds the biases (the weights of the constant
 * input 1), exactly the bias-as-row-0 convention of the worked examples. It is stored row-major in
 * {@code weights[l - 1]}: entry (i, j) at {@code i * n⁽ˡ⁾ + j}.
 *
 * <p>Backward: δ⁽ᴸ⁾ = ∂E/∂x⁽ᴸ⁾ ⊙ f′(s⁽ᴸ⁾), δ⁽ˡ⁾ = f′(s⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ without row 0)·δ⁽ˡ⁺¹⁾ and
 * ∂E/∂W⁽ˡ⁾ = [1, x⁽ˡ⁻¹⁾] ⊗ δ⁽ˡ⁾, accumulated over a batch until {@link #zeroGradients()}.
 */
public final class Network {
    private final int[] sizes;
    private final Activation[][] activations;
    /** The activation every unit of layer l + 1 shares, or null when its units differ. */
    private final Activation[] shared;
    private final boolean bias;
    private final double[][] weights;
    private final double[][] gradients;
    private final double[][] s;
    private final double[][] x;
    private final double[][] delta;
    private final double[] lossGradient;
    private final double[] target;
    /** The batch's s, x (x[0] = its inputs) and δ, each m × width row-major; grown to the largest batch seen. */
    private double[][] batchS;
    private double[][] batchX;
    private double[][] batchDelta;
    private int batchCapacity;

    /**
     * A network with the given layer widths (sizes[0] inputs … sizes[L] outputs) and one activation per unit of
     * layers 1…L ({@code activations[l - 1][j]}); all weights start at zero.
     */
    public Network(int[] sizes, Activation[][] activations, boolean bias) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        if (activations.length != sizes.length - 1) {
            throw new IllegalArgumentException("one activation list per layer after the input");
        }
        this.sizes = sizes.clone();
        this.bias = bias;
        int layers = sizes.length - 1;
        this.activations = new Activation[layers][];
        this.shared = new Activation[layers];
        weights = new double[layers][];
        gradients = new double[layers][];
        s = new double[layers][];
        delta = new double[layers][];
        x = new double[layers + 1][];
        x[0] = new double[sizes[0]];
        for (int l = 0; l < layers; l++) {
            if (sizes[l] < 1 || sizes[l + 1] < 1) {
                throw new IllegalArgumentException("every layer needs at least one unit");
            }
            if (activations[l].length != sizes[l + 1]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " needs " + sizes[l + 1] + " activations");
            }
            this.activations[l] = activations[l].clone();
            shared[l] = sharedActivation(this.activations[l]);
            weights[l] = new double[(sizes[l] + 1) * sizes[l + 1]];
            gradients[l] = new double[weights[l].length];
            s[l] = new double[sizes[l + 1]];
            delta[l] = new double[sizes[l + 1]];
            x[l + 1] = new double[sizes[l + 1]];
        }
        lossGradient = new double[sizes[layers]];
        target = new double[sizes[layers]];
    }

    private static Activation sharedActivation(Activation[] units) {
        for (Activation a : units) {
            if (a != units[0]) {
                return null;
            }
        }
        return units[0];
    }

    /** A network whose every unit in layer l uses {@code perLayer[l - 1]}. */
    public static Network uniform(int[] sizes, Activation[] perLayer, boolean bias) {
        Activation[][] acts = new Activation[sizes.length - 1][];
        for (int l = 0; l < acts.length; l++) {
            acts[l] = new Activation[sizes[l + 1]];
            Arrays.fill(acts[l], perLayer[l]);
        }
        return new Network(sizes, acts, bias);
    }

    /** The number of weight layers L. */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** The width of layer l (0 = input). */
    public int width(int l) {
        return sizes[l];
    }

    /** A copy of the layer widths. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Whether the units have biases (row 0 of each W); without them row 0 stays zero. */
    public boolean hasBias() {
        return bias;
    }

    /** The activation of unit j of layer l (1-based layer). */
    public Activation activation(int l, int j) {
        return activations[l - 1][j];
    }

    /** The total number of weights and biases. */
    public int parameterCount() {
        int n = 0;
        for (double[] w : weights) {
            n += w.length;
        }
        return n;
    }

    /** W⁽ˡ⁾ as the live row-major array (row 0 = biases); writes change the network. */
    public double[] weights(int l) {
        return weights[l - 1];
    }

    /** ∂E/∂W⁽ˡ⁾ accumulated since the last {@link #zeroGradients()}, as the live row-major array. */
    public double[] gradients(int l) {
        return gradients[l - 1];
    }

    /** s⁽ˡ⁾ of the last forward pass (live array). */
    public double[] preActivations(int l) {
        return s[l - 1];
    }

    /** x⁽ˡ⁾ of the last forward pass without the bias entry (x⁽⁰⁾ is the input; live array). */
    public double[] activations(int l) {
        return x[l];
    }

    /** δ⁽ˡ⁾ = ∂E/∂s⁽ˡ⁾ of the last backward pass (live array). */
    public double[] deltas(int l) {
        return delta[l - 1];
    }

    /** The output x⁽ᴸ⁾ for {@code input[offset …]}; the returned array is reused by the next pass. */
    public double[] forward(double[] input, int offset) {
        double[] in = x[0];
        // A loop, not System.arraycopy: TeaVM's arraycopy checks types and makes a subarray view per call,
        // which costs more than copying the two or three inputs of a sample.
        for (int i = 0; i < in.length; i++) {
            in[i] = input[offset + i];
        }
        for (int l = 0; l < weights.length; l++) {
            double[] w = weights[l];
            double[] prev = x[l];
            double[] sl = s[l];
            double[] xl = x[l + 1];
            int nIn = prev.length;
            int nOut = sl.length;
            for (int j = 0; j < nOut; j++) {
                double sum = w[j]; // bias row: weight of the constant input 1
                for (int i = 0, k = nOut + j; i < nIn; i++, k += nOut) {
                    sum += prev[i] * w[k];
                }
                sl[j] = sum;
            }
            if (shared[l] != null) {
                shared[l].applyAll(sl, xl, nOut);
            } else {
                Activation[] act = activations[l];
                for (int j = 0; j < nOut; j++) {
                    xl[j] = act[j].apply(sl[j]);
                }
            }
        }
        return x[weights.length];
    }

    /** The output for a whole input vector. */
    public double[] forward(double[] input) {
        return forward(input, 0);
    }

    /**
     * Back-propagates the loss of the last forward pass against {@code targets[offset …]}, adds ∂E/∂W to the
     * gradients and returns E for this sample.
     */
    public double backward(Loss loss, double[] targets, int offset) {
        int last = weights.length - 1;
        double[] y = x[last + 1];
        int k = y.length;
        for (int j = 0; j < k; j++) { // a loop for the same reason as in forward
            target[j] = targets[offset + j];
        }
        double e = loss.value(y, target, k);
        outputDeltas(loss, y, k);
        for (int l = last; l >= 0; l--) {
            double[] d = delta[l];
            double[] g = gradients[l];
            double[] prev = x[l];
            int nOut = d.length;
            int nIn = prev.length;
            if (g.length == 0) { // never: reading g here lets TeaVM fetch its storage once, before the loops
                continue;
            }
            if (bias) {
                for (int j = 0; j < nOut; j++) {
                    g[j] += d[j];
                }
            }
            for (int i = 0, row = nOut; i < nIn; i++, row += nOut) {
                double xi = prev[i];
                for (int j = 0; j < nOut; j++) {
                    g[row + j] += xi * d[j];
                }
            }
            if (l > 0) {
                hiddenDeltas(l);
            }
        }
        return e;
    }

    /** δ⁽ᴸ⁾ = ∂E/∂x ⊙ f′(s); sigmoid units under cross-entropy use the exact simplification (y − t)/K. */
    private void outputDeltas(Loss loss, double[] y, int k) {
        int last = weights.length - 1;
        double[] d = delta[last];
        double[] sl = s[last];
        Activation[] act = activations[last];
        loss.gradient(y, target, k, lossGradient);
        for (int j = 0; j < k; j++) {
            if (loss == Loss.BCE && act[j] == Activation.SIGMOID) {
                // σ′ cancels the 1/(y(1 − y)) of the loss: exact, and no 0/0 when y saturates.
                d[j] = (y[j] - target[j]) / k;
            } else {
                d[j] = lossGradient[j] * act[j].derivative(sl[j], y[j]);
            }
        }
    }

    /** δ⁽ˡ⁾ from δ⁽ˡ⁺¹⁾ (0-based l is the index of the layer whose input is being back-propagated into). */
    private void hiddenDeltas(int l) {
        double[] next = delta[l];
        double[] w = weights[l];
        double[] d = delta[l - 1];
        double[] sl = s[l - 1];
        double[] xl = x[l];
        int nOut = next.length;
        int nIn = d.length;
        if (w.length == 0) { // never: as in backward, so that TeaVM fetches w's storage once
            return;
        }
        for (int i = 0, row = nOut; i < nIn; i++, row += nOut) {
            double sum = 0;
            for (int j = 0; j < nOut; j++) {
                sum += w[row + j] * next[j];
            }
            d[i] = sum;
        }
        if (shared[l - 1] != null) {
            shared[l - 1].multiplyByDerivative(sl, xl, d, nIn);
        } else {
            Activation[] act = activations[l - 1];
            for (int i = 0; i < nIn; i++) {
                d[i] = d[i] * act[i].derivative(sl[i], xl[i]);
            }
        }
    }

    /**
     * The outputs for the m samples {@code order[start …]} of {@code xs} (rows of n⁽⁰⁾ inputs), as one m × n⁽ᴸ⁾
     * row-major array reused by the next batch: the sums of {@link #forward} in its order, by {@link Kernels}.
     */
    public double[] forwardBatch(double[] xs, int[] order, int start, int m) {
        reserveBatch(m);
        int nIn = sizes[0];
        double[] in = batchX[0];
        for (int b = 0, k = 0; b < m; b++) {
            int from = order[start + b] * nIn;
            for (int i = 0; i < nIn; i++, k++) {
                in[k] = xs[from + i];
            }
        }
        for (int l = 0; l < weights.length; l++) {
            int nOut = sizes[l + 1];
            double[] sl = batchS[l];
            double[] xl = batchX[l + 1];
            Kernels.forward(batchX[l], weights[l], sl, m, sizes[l], nOut);
            if (shared[l] != null) {
                shared[l].applyAll(sl, xl, m * nOut); // element by element, so the whole batch at once
            } else {
                Activation[] act = activations[l];
                for (int b = 0, k = 0; b < m; b++) {
                    for (int j = 0; j < nOut; j++, k++) {
                        xl[k] = act[j].apply(sl[k]);
                    }
                }
            }
        }
        return batchX[weights.length];
    }

    /**
     * Back-propagates the last {@link #forwardBatch} against the targets {@code order[start …]} of {@code ys} and
     * adds each sample's ∂E/∂W to the gradients, exactly as {@link #backward} sample by sample would (a batch may so
     * come in several pieces); returns {@code lossSum} plus each sample's E, added in order.
     */
    public double backwardBatch(Loss loss, double[] ys, int[] order, int start, int m, double lossSum) {
        int last = weights.length - 1;
        int k = sizes[last + 1];
        double[] y = x[last + 1];
        double[] sOut = s[last];
        double[] dOut = delta[last];
        double[] bs = batchS[last];
        double[] by = batchX[last + 1];
        double[] bd = batchDelta[last];
        double sum = lossSum;
        for (int b = 0, q = 0; b < m; b++) {
            int from = order[start + b] * k;
            for (int j = 0; j < k; j++) { // one sample's outputs into the one-sample arrays, for the same code
                y[j] = by[q + j];
                sOut[j] = bs[q + j];
                target[j] = ys[from + j];
            }
            sum += loss.value(y, target, k);
            outputDeltas(loss, y, k);
            for (int j = 0; j < k; j++, q++) {
                bd[q] = dOut[j];
            }
        }
        for (int l = last; l >= 0; l--) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            Kernels.weightGradients(batchX[l], batchDelta[l], gradients[l], m, nIn, nOut, bias);
            if (l > 0) {
                double[] d = batchDelta[l - 1];
                Kernels.backDeltas(weights[l], batchDelta[l], d, m, nIn, nOut);
                double[] sl = batchS[l - 1];
                double[] xl = batchX[l];
                if (shared[l - 1] != null) {
                    shared[l - 1].multiplyByDerivative(sl, xl, d, m * nIn);
                } else {
                    Activation[] act = activations[l - 1];
                    for (int b = 0, q = 0; b < m; b++) {
                        for (int i = 0; i < nIn; i++, q++) {
                            d[q] = d[q] * act[i].derivative(sl[q], xl[q]);
                        }
                    }
                }
            }
        }
        return sum;
    }

    /**
     * x⁽ˡ⁾ of the last {@link #forwardBatch} for each of its m samples, m × n⁽ˡ⁾ row-major (l = 0: the inputs); the
     * live array, which may be longer than m rows and is reused by the next batch.
     */
    public double[] batchActivations(int l) {
        return batchX[l];
    }

    private void reserveBatch(int m) {
        if (m <= batchCapacity) {
            return;
        }
        int layers = weights.length;
        batchS = new double[layers][];
        batchDelta = new double[layers][];
        batchX = new double[layers + 1][];
        batchX[0] = new double[m * sizes[0]];
        for (int l = 0; l < layers; l++) {
            batchS[l] = new double[m * sizes[l + 1]];
            batchDelta[l] = new double[m * sizes[l + 1]];
            batchX[l + 1] = new double[m * sizes[l + 1]];
        }
        batchCapacity = m;
    }

    /** Clears the accumulated gradients before the next batch. */
    public void zeroGradients() {
        for (double[] g : gradients) {
            Arrays.fill(g, 0);
        }
    }

    /** Multiplies every accumulated gradient by {@code factor} (1/batch size turns a sum into a mean). */
    public void scaleGradients(double factor) {
        for (double[] g : gradients) {
            for (int i = 0; i < g.length; i++) {
                g[i] *= factor;
            }
        }
    }

    /** The Euclidean norm of ∂E/∂W⁽ˡ⁾: small norms in early layers are vanishing gradients. */
    public double gradientNorm(int l) {
        double sum = 0;
        for (double g : gradients[l - 1]) {
            sum += g * g;
        }
        return Math.sqrt(sum);
    }

    /** A deep copy with the same weights and activations. */
    public Network copy() {
        Network c = new Network(sizes, activations, bias);
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(weights[l], 0, c.weights[l], 0, weights[l].length);
        }
        return c;
    }

    /** All weights, layer by layer, each row-major with the bias row first. */
    public double[][] copyWeights() {
        double[][] out = new double[weights.length][];
        for (int l = 0; l < weights.length; l++) {
            out[l] = weights[l].clone();
        }
        return out;
    }

    /** Replaces all weights; shapes must match {@link #copyWeights()}. */
    public void setWeights(double[][] values) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " weight layers");
        }
        for (int l = 0; l < weights.length; l++) {
            if (values[l].length != weights[l].length) {
                throw new IllegalArgumentException("layer " + (l + 1) + " needs " + weights[l].length + " weights");
            }
            System.arraycopy(values[l], 0, weights[l], 0, weights[l].length);
            if (!bias) {
                Arrays.fill(weights[l], 0, sizes[l + 1], 0);
            }
        }
    }
}
