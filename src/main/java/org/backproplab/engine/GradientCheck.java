package org.backproplab.engine;

/**
 * Compares back-propagated gradients with central finite differences (E(w + h) − E(w − h)) / 2h, the check
 * every backprop implementation should pass.
 */
public final class GradientCheck {
    private final double[][] analytic;
    private final double[][] numeric;

    private GradientCheck(double[][] analytic, double[][] numeric) {
        this.analytic = analytic;
        this.numeric = numeric;
    }

    /** Both gradients of the loss of one sample with respect to every weight, using step h. */
    public static GradientCheck of(Network net, Loss loss, double[] input, double[] target, double h) {
        int layers = net.layerCount();
        net.zeroGradients();
        net.forward(input, 0);
        net.backward(loss, target, 0);
        double[][] analytic = new double[layers][];
        double[][] numeric = new double[layers][];
        double[] t = target.clone();
        int out = net.width(layers);
        for (int l = 1; l <= layers; l++) {
            analytic[l - 1] = net.gradients(l).clone();
            double[] w = net.weights(l);
            numeric[l - 1] = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                if (!net.hasBias() && i < net.width(l)) {
                    continue; // absent biases have no gradient
                }
                double saved = w[i];
                w[i] = saved + h;
                double plus = loss.value(net.forward(input, 0), t, out);
                w[i] = saved - h;
                double minus = loss.value(net.forward(input, 0), t, out);
                w[i] = saved;
                numeric[l - 1][i] = (plus - minus) / (2 * h);
            }
        }
        net.forward(input, 0);
        return new GradientCheck(analytic, numeric);
    }

    /** ∂E/∂W⁽ˡ⁾ from back-propagation. */
    public double[] analytic(int l) {
        return analytic[l - 1].clone();
    }

    /** ∂E/∂W⁽ˡ⁾ from finite differences. */
    public double[] numeric(int l) {
        return numeric[l - 1].clone();
    }

    /** The largest |a − n| / max(1, |a|, |n|) over all weights: relative for large gradients, absolute for small. */
    public double maxError() {
        double worst = 0;
        for (int l = 0; l < analytic.length; l++) {
            for (int i = 0; i < analytic[l].length; i++) {
                double a = analytic[l][i];
                double n = numeric[l][i];
                double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(n)));
                worst = Math.max(worst, Math.abs(a - n) / scale);
            }
        }
        return worst;
    }
}
