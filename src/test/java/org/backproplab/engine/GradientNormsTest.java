package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GradientNormsTest {
    private static double meanLoss(Network net, Loss loss, double[] xs, double[] ys, int n) {
        int in = net.width(0);
        int out = net.width(net.layerCount());
        double sum = 0;
        for (int r = 0; r < n; r++) {
            double[] y = net.forward(xs, r * in);
            sum += loss.value(y, Arrays.copyOfRange(ys, r * out, r * out + out), out);
        }
        return sum / n;
    }

    @Test
    void normsMatchCentralDifferencesOfTheMeanLoss() {
        Network net = Network.uniform(new int[] {2, 3, 3, 1},
                new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.SIGMOID}, true);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(31));
        double[] xs = {0, 0, 0, 1, 1, 0, 1, 1, 0.5, 0.2, -0.3, 0.8};
        double[] ys = {0, 1, 1, 0, 1, 0};
        double[] norms = GradientNorms.of(net, Loss.MSE, xs, ys, 6);
        double h = 1e-6;
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] w = net.weights(l);
            double sq = 0;
            for (int i = 0; i < w.length; i++) {
                double saved = w[i];
                w[i] = saved + h;
                double plus = meanLoss(net, Loss.MSE, xs, ys, 6);
                w[i] = saved - h;
                double minus = meanLoss(net, Loss.MSE, xs, ys, 6);
                w[i] = saved;
                double g = (plus - minus) / (2 * h);
                sq += g * g;
            }
            double numeric = Math.sqrt(sq);
            assertEquals(numeric, norms[l - 1], 1e-8 * Math.max(1, numeric), "layer " + l);
        }
    }

    @Test
    void deepSigmoidNetworkHasItsSmallestGradientsInTheFirstLayers() {
        // Six hidden sigmoid layers: δ is multiplied by σ′ ≤ ¼ (and weights ≲ 1) at each layer on the way back.
        int[] sizes = {1, 10, 10, 10, 10, 10, 10, 1};
        Activation[] acts = new Activation[7];
        Arrays.fill(acts, Activation.SIGMOID);
        Network net = Network.uniform(sizes, acts, true);
        Initializer.initialize(net, Initializer.Kind.XAVIER, 0, 0, new Rng(1));
        double[] xs = new double[21];
        double[] ys = new double[21];
        for (int i = 0; i < 21; i++) {
            xs[i] = -1 + 0.1 * i;
            ys[i] = xs[i] > 0 ? 1 : 0;
        }
        double[] norms = GradientNorms.of(net, Loss.BCE, xs, ys, 21);
        assertEquals(7, norms.length);
        assertTrue(norms[0] < norms[6] / 100, "first " + norms[0] + " vs last " + norms[6]);
        for (int l = 1; l < 6; l++) {
            assertTrue(norms[l - 1] < norms[l], "hidden layer norms grow towards the output: " + Arrays.toString(norms));
        }
    }

    @Test
    void leavesTheNetworksOwnGradientsAndActivationsAlone() {
        Network net = Network.uniform(new int[] {2, 4, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID}, true);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(2));
        net.forward(new double[] {0.3, 0.9});
        net.backward(Loss.MSE, new double[] {1}, 0);
        double[] gradients = net.gradients(1).clone();
        double[] activations = net.activations(1).clone();
        GradientNorms.of(net, Loss.MSE, new double[] {1, 2, 3, 4}, new double[] {0, 1}, 2);
        assertArrayEquals(gradients, net.gradients(1), 0);
        assertArrayEquals(activations, net.activations(1), 0);
    }
}
