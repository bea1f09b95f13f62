package org.backproplab.engine;

/**
 * The single linear layer y = W′x + b′ that a network of identity units is equal to.
 *
 * <p>With f(s) = s every layer is affine, x⁽ˡ⁾ = W̄⁽ˡ⁾ᵀ·x⁽ˡ⁻¹⁾ + b⁽ˡ⁾ (W̄ is W without its bias row 0, b is
 * row 0), and affine maps compose into one: W′ = W̄⁽ᴸ⁾ᵀ ⋯ W̄⁽²⁾ᵀ·W̄⁽¹⁾ᵀ, and b′ is b⁽¹⁾ pushed through the
 * remaining layers, b′ ← W̄⁽ˡ⁾ᵀ·b′ + b⁽ˡ⁾. However deep, such a network can only draw straight boundaries.
 * W′ has one row per output and one column per input, as in the usual y = W′x + b′.
 */
public final class LinearCollapse {
    private final double[][] weights;
    private final double[] bias;

    private LinearCollapse(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** The collapsed layer of {@code net}; IllegalArgumentException (see {@link #whyNot}) unless every unit is identity. */
    public static LinearCollapse of(Network net) {
        String problem = whyNot(net);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int inputs = net.width(0);
        // Start from the identity map x ↦ I·x + 0 and push it through each layer.
        double[][] m = new double[inputs][inputs];
        for (int i = 0; i < inputs; i++) {
            m[i][i] = 1;
        }
        double[] b = new double[inputs];
        for (int l = 1; l <= net.layerCount(); l++) {
            int nIn = net.width(l - 1);
            int nOut = net.width(l);
            double[] w = net.weights(l);
            double[][] nextM = new double[nOut][inputs];
            double[] nextB = new double[nOut];
            for (int j = 0; j < nOut; j++) {
                double bj = w[j];
                for (int i = 0, k = nOut + j; i < nIn; i++, k += nOut) {
                    double wij = w[k];
                    bj += wij * b[i];
                    for (int c = 0; c < inputs; c++) {
                        nextM[j][c] += wij * m[i][c];
                    }
                }
                nextB[j] = bj;
            }
            m = nextM;
            b = nextB;
        }
        return new LinearCollapse(m, b);
    }

    /**
     * Null when every unit of {@code net} is identity; otherwise a sentence saying which units are not, and
     * that only then does the network collapse.
     */
    public static String whyNot(Network net) {
        int units = 0;
        int others = 0;
        String first = null;
        for (int l = 1; l <= net.layerCount(); l++) {
            for (int j = 0; j < net.width(l); j++) {
                units++;
                Activation a = net.activation(l, j);
                if (a != Activation.IDENTITY) {
                    others++;
                    if (first == null) {
                        first = (l == net.layerCount() ? "output" : "layer " + l) + " unit " + (j + 1) + " is "
                                + a.id();
                    }
                }
            }
        }
        if (others == 0) {
            return null;
        }
        return others + " of " + units + " units are not identity (first: " + first + "); a network collapses to "
                + "one linear layer only when every unit is identity";
    }

    /** The number of inputs (columns of W′). */
    public int inputs() {
        return weights.length == 0 ? 0 : weights[0].length;
    }

    /** The number of outputs (rows of W′, entries of b′). */
    public int outputs() {
        return weights.length;
    }

    /** W′ as a copy: one row per output, one column per input. */
    public double[][] weights() {
        double[][] out = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            out[k] = weights[k].clone();
        }
        return out;
    }

    /** b′ as a copy, one entry per output (all zero for a network without biases). */
    public double[] bias() {
        return bias.clone();
    }

    /** W′·x + b′ for the input vector starting at {@code x[offset]}. */
    public double[] apply(double[] x, int offset) {
        double[] y = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            double sum = bias[k];
            double[] row = weights[k];
            for (int c = 0; c < row.length; c++) {
                sum += row[c] * x[offset + c];
            }
            y[k] = sum;
        }
        return y;
    }
}
