package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference checks of networks whose units do not share one activation: a hidden layer with one unit of
 * every activation, mixed layers after it, and each activation in turn at the output under every loss that
 * accepts it. These take the per-unit paths of {@link Network} (no shared layer loop), which
 * {@code NetworkTest} with its uniform layers never reaches.
 */
class PerUnitGradientTest {
    private static final double[] INPUT = {0.3, -0.7, 0.5};
    private static final double H = 1e-6;

    /** 3 inputs → one unit of every activation → [tanh, sigmoid, GELU (tanh form)] → the given output layer. */
    private static Network mixed(Activation[] output, boolean bias, int seed) {
        Activation[] all = Activation.values();
        Network net = new Network(new int[] {3, all.length, 3, output.length},
                new Activation[][] {all, {Activation.TANH, Activation.SIGMOID, Activation.GELU_TANH}, output}, bias);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(seed));
        return net;
    }

    private static void assertAgrees(GradientCheck check, String what) {
        assertTrue(check.maxError() < 1e-6, what + ": " + check.maxError() + " analytic "
                + Arrays.toString(check.analytic(1)) + " numeric " + Arrays.toString(check.numeric(1)));
    }

    @Test
    void everyActivationAtTheOutputBehindMixedLayersMatchesFiniteDifferences() {
        Loss[] anyOutput = {Loss.MSE, Loss.SSE, Loss.HALF_SSE, Loss.ABS, Loss.SOFTMAX_CE};
        for (Activation out : Activation.values()) {
            for (Loss loss : anyOutput) {
                Network net = mixed(new Activation[] {out, out}, true, out.ordinal() * 7 + loss.ordinal());
                double[] target = loss == Loss.SOFTMAX_CE ? new double[] {1, 0} : new double[] {0.2, -0.4};
                assertAgrees(GradientCheck.of(net, loss, INPUT, target, H), out.id() + " output × " + loss.id());
            }
        }
    }

    @Test
    void sigmoidOutputsUnderBinaryCrossEntropyBehindMixedLayersMatchFiniteDifferences() {
        // BCE reads outputs as probabilities, so only sigmoid outputs; their δ takes the exact (y − t)/K shortcut
        Network net = mixed(new Activation[] {Activation.SIGMOID, Activation.SIGMOID}, true, 5);
        assertAgrees(GradientCheck.of(net, Loss.BCE, INPUT, new double[] {1, 0}, H), "sigmoid × bce");
    }

    @Test
    void withoutBiasesTheMixedNetworkStillMatchesAndHasNoBiasGradient() {
        Network net = mixed(new Activation[] {Activation.GELU_TANH}, false, 11);
        GradientCheck check = GradientCheck.of(net, Loss.SSE, INPUT, new double[] {0.8}, H);
        assertAgrees(check, "no biases");
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] g = check.analytic(l);
            for (int j = 0; j < net.width(l); j++) {
                assertEquals(0, g[j], 0, "bias gradient of unit " + j + " in layer " + l);
            }
        }
    }

    @Test
    void aUnitUsesItsOwnActivationNotItsLayersFirst() {
        // one layer, two units with the same weights: only their activations differ
        Network net = new Network(new int[] {1, 2}, new Activation[][] {{Activation.TANH, Activation.SIGMOID}}, true);
        double[] w = net.weights(1);
        w[0] = 0.25; // biases
        w[1] = 0.25;
        w[2] = -1.5; // weights of the input
        w[3] = -1.5;
        double[] y = net.forward(new double[] {2});
        double s = 0.25 - 3;
        assertEquals(Math.tanh(s), y[0], 1e-15);
        assertEquals(1 / (1 + Math.exp(-s)), y[1], 1e-15);
        net.backward(Loss.HALF_SSE, new double[] {0, 0}, 0);
        assertEquals(y[0] * (1 - y[0] * y[0]), net.deltas(1)[0], 1e-15);
        assertEquals(y[1] * y[1] * (1 - y[1]), net.deltas(1)[1], 1e-15);
    }
}
