package org.backproplab.engine;

/**
 * The network's derivative with respect to its input, ∂x⁽ᴸ⁾/∂x⁽⁰⁾, by the chain rule through the layers.
 *
 * <p>Each layer maps x⁽ˡ⁻¹⁾ to x⁽ˡ⁾ = f(W̄⁽ˡ⁾ᵀ·x⁽ˡ⁻¹⁾ + b⁽ˡ⁾), where W̄⁽ˡ⁾ is W⁽ˡ⁾ without its bias row; the bias
 * is constant in x, so it drops out and the layer's Jacobian is diag(f′(s⁽ˡ⁾))·W̄⁽ˡ⁾ᵀ. Their product is the
 * course's ∇ₓ a⁽ᴸ⁾ = σ′(s⁽ᴸ⁾)·W̄⁽ᴸ⁾ᵀ·diag(σ′(s⁽ᴸ⁻¹⁾))·W̄⁽ᴸ⁻¹⁾ᵀ ⋯ diag(σ′(s⁽¹⁾))·W̄⁽¹⁾ᵀ. It is accumulated from the
 * input side, J⁽ˡ⁾ = diag(f′(s⁽ˡ⁾))·W̄⁽ˡ⁾ᵀ·J⁽ˡ⁻¹⁾ with J⁽⁰⁾ = I, one forward pass, no finite differences.
 */
public final class Jacobian {
    private Jacobian() {
    }

    /**
     * ∂x⁽ᴸ⁾/∂x⁽⁰⁾ at input {@code x}: one row per output, one column per input. Runs a forward pass, so the
     * network's live activations afterwards are those of {@code x}.
     */
    public static double[][] of(Network net, double[] x) {
        int inputs = net.width(0);
        if (x.length != inputs) {
            throw new IllegalArgumentException("the network has " + inputs + " inputs, not " + x.length);
        }
        net.forward(x, 0);
        double[][] j = identity(inputs);
        for (int l = 1; l <= net.layerCount(); l++) {
            j = throughLayer(net, l, j);
        }
        return j;
    }

    /**
     * ∇ₓ of the first output at {@code x} (its row of the Jacobian): for a 1-D regression network, {dy/dx}.
     * Runs a forward pass, like {@link #of}.
     */
    public static double[] inputGradient(Network net, double[] x) {
        return of(net, x)[0];
    }

    /** diag(f′(s⁽ˡ⁾))·W̄⁽ˡ⁾ᵀ·J, where J = ∂x⁽ˡ⁻¹⁾/∂x⁽⁰⁾ has one row per unit of layer l − 1. */
    private static double[][] throughLayer(Network net, int l, double[][] previous) {
        int nIn = net.width(l - 1);
        int nOut = net.width(l);
        int inputs = previous[0].length;
        double[] w = net.weights(l);
        double[] s = net.preActivations(l);
        double[] a = net.activations(l);
        double[][] out = new double[nOut][inputs];
        for (int j = 0; j < nOut; j++) {
            double slope = net.activation(l, j).derivative(s[j], a[j]);
            double[] row = out[j];
            // row 0 of W holds the biases: unit i of layer l − 1 feeds unit j through W(i + 1, j)
            for (int i = 0, k = nOut + j; i < nIn; i++, k += nOut) {
                double wij = w[k];
                double[] p = previous[i];
                for (int c = 0; c < inputs; c++) {
                    row[c] += wij * p[c];
                }
            }
            for (int c = 0; c < inputs; c++) {
                row[c] *= slope;
            }
        }
        return out;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}
