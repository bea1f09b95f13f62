package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NetworkTest {
    /** The worked example W1 of the course: 1-2-1-1 tanh, bias as row 0. */
    private static Network courseW1() {
        Network net = Network.uniform(new int[] {1, 2, 1, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH}, true);
        net.setWeights(new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.2, 1, -3}, {1, 2}});
        return net;
    }

    @Test
    void forwardPassComputesPreActivationsRowZeroAsBias() {
        Network net = courseW1();
        double[] y = net.forward(new double[] {2}, 0);
        assertArrayEquals(new double[] {0.7, 1.0}, net.preActivations(1), 1e-15);
        assertEquals(-1.4804146907501312, net.preActivations(2)[0], 1e-15);
        assertEquals(-0.665761435493746, y[0], 1e-15);
    }

    @Test
    void backwardGivesTheCourseDeltasForAbsoluteError() {
        Network net = courseW1();
        net.forward(new double[] {2}, 0);
        net.backward(Loss.ABS, new double[] {1}, 0);
        assertEquals(-0.5567617110093066, net.deltas(3)[0], 1e-15);
        assertEquals(-0.20846877170727954, net.deltas(2)[0], 1e-15);
        assertArrayEquals(new double[] {-0.13232338267762542, 0.2626546054345483}, net.deltas(1), 1e-15);
        assertArrayEquals(new double[] {-0.5567617110093066, 0.501946100524881}, net.gradients(3), 1e-15);
    }

    @Test
    void gradientsMatchFiniteDifferencesForEveryActivationAndLoss() {
        // every activation, including step and sign whose zero derivative finite differences confirm away from 0
        for (Activation hidden : Activation.values()) {
            for (Loss loss : Loss.values()) {
                Activation out = loss == Loss.BCE ? Activation.SIGMOID : Activation.IDENTITY;
                int outputs = loss == Loss.SOFTMAX_CE ? 3 : 2;
                Network net = Network.uniform(new int[] {3, 4, outputs}, new Activation[] {hidden, out}, true);
                Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(hidden.ordinal() * 31 + loss.ordinal()));
                double[] target = loss == Loss.SOFTMAX_CE ? new double[] {0, 1, 0} : new double[] {0.2, 0.9};
                GradientCheck check = GradientCheck.of(net, loss, new double[] {0.3, -0.7, 0.5}, target, 1e-6);
                assertTrue(check.maxError() < 1e-6, hidden.id() + " × " + loss.id() + ": " + check.maxError()
                        + " analytic " + Arrays.toString(check.analytic(1)) + " numeric " + Arrays.toString(check.numeric(1)));
            }
        }
    }

    @Test
    void networkWithoutBiasesKeepsRowZeroAtZero() {
        Network net = Network.uniform(new int[] {2, 3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID}, false);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(3));
        assertArrayEquals(new double[] {0, 0, 0}, Arrays.copyOf(net.weights(1), 3));
        net.forward(new double[] {0.5, 0.1}, 0);
        net.backward(Loss.MSE, new double[] {1}, 0);
        assertArrayEquals(new double[] {0, 0, 0}, Arrays.copyOf(net.gradients(1), 3));
    }
}
