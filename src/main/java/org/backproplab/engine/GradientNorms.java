package org.backproplab.engine;

/**
 * How large the gradient of each layer is, ‖∂E/∂W⁽ˡ⁾‖, for the mean loss over a set of samples: in a deep
 * sigmoid network every layer back multiplies δ by σ′ ≤ ¼, so the first layers' norms are orders of magnitude
 * smaller than the last's (vanishing gradients).
 */
public final class GradientNorms {
    private GradientNorms() {
    }

    /**
     * ‖∂E/∂W⁽ˡ⁾‖ (biases included) for l = 1…L at index l − 1, where E is the mean loss over the n samples
     * ({@code xs} n × inputs, {@code ys} n × outputs), as one full batch would see it. Works on a copy, so the
     * network's own gradients and activations stay as they were.
     */
    public static double[] of(Network net, Loss loss, double[] xs, double[] ys, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("gradient norms need at least one sample");
        }
        Network c = net.copy();
        int in = c.width(0);
        int out = c.width(c.layerCount());
        c.zeroGradients();
        for (int row = 0; row < n; row++) {
            c.forward(xs, row * in);
            c.backward(loss, ys, row * out);
        }
        c.scaleGradients(1.0 / n);
        double[] norms = new double[c.layerCount()];
        for (int l = 1; l <= norms.length; l++) {
            norms[l - 1] = c.gradientNorm(l);
        }
        return norms;
    }
}
