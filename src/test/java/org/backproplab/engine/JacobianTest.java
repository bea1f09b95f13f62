package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class JacobianTest {
    private static final double H = 1e-6;

    /** A 3-5-4-2 network with {@code hidden} units and {@code out} outputs, weights uniform in [−1, 1]. */
    private static Network net(Activation hidden, Activation out, int seed) {
        Network net = Network.uniform(new int[] {3, 5, 4, 2}, new Activation[] {hidden, hidden, out}, true);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(seed));
        return net;
    }

    /** Central differences (y(x + h·eᵢ) − y(x − h·eᵢ)) / 2h, column by column: independent of the chain rule. */
    private static double[][] finiteDifferences(Network net, double[] x) {
        int outputs = net.width(net.layerCount());
        double[][] j = new double[outputs][x.length];
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += H;
            minus[i] -= H;
            double[] yPlus = net.forward(plus).clone();
            double[] yMinus = net.forward(minus).clone();
            for (int k = 0; k < outputs; k++) {
                j[k][i] = (yPlus[k] - yMinus[k]) / (2 * H);
            }
        }
        return j;
    }

    private static void assertMatchesDifferences(Network net, double[] x, String what) {
        double[][] analytic = Jacobian.of(net, x);
        double[][] numeric = finiteDifferences(net, x);
        assertEquals(numeric.length, analytic.length, what + ": rows");
        for (int k = 0; k < numeric.length; k++) {
            assertEquals(x.length, analytic[k].length, what + ": columns");
            for (int i = 0; i < x.length; i++) {
                double a = analytic[k][i];
                double n = numeric[k][i];
                assertTrue(Math.abs(a - n) <= 1e-7 * Math.max(1, Math.abs(a)),
                        what + ": ∂y" + k + "/∂x" + i + " analytic " + a + " numeric " + n);
            }
        }
    }

    private static double[] randomInput(Rng rng) {
        return new double[] {rng.uniform(-2, 2), rng.uniform(-2, 2), rng.uniform(-2, 2)};
    }

    @Test
    void matchesCentralDifferencesForEveryActivationWithASmoothDerivative() {
        Activation[] smooth = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.SOFTPLUS,
            Activation.GELU_TANH, Activation.SILU, Activation.ELU};
        Rng inputs = new Rng(11);
        for (Activation a : smooth) {
            for (Activation out : new Activation[] {Activation.IDENTITY, a}) {
                Network net = net(a, out, 100 + a.ordinal());
                for (int t = 0; t < 5; t++) {
                    assertMatchesDifferences(net, randomInput(inputs), a.id() + " → " + out.id());
                }
            }
        }
    }

    @Test
    void matchesCentralDifferencesForPiecewiseLinearUnitsAwayFromTheirKinks() {
        // relu, leaky relu, step and sign have a kink or jump at s = 0; the differences are exact elsewhere, so
        // every pre-activation is first checked to be farther than 1000 h from it (a failed check is a failure).
        Activation[] kinked = {Activation.RELU, Activation.LEAKY_RELU, Activation.STEP, Activation.SIGN};
        Rng inputs = new Rng(12);
        for (Activation a : kinked) {
            Network net = net(a, Activation.IDENTITY, 200 + a.ordinal());
            for (int t = 0; t < 5; t++) {
                double[] x = randomInput(inputs);
                net.forward(x);
                for (int l = 1; l <= net.layerCount(); l++) {
                    for (double s : net.preActivations(l)) {
                        assertTrue(Math.abs(s) > 1000 * H, a.id() + ": pre-activation " + s + " too near the kink");
                    }
                }
                assertMatchesDifferences(net, x, a.id());
            }
        }
    }

    @Test
    void stepAndSignNetworksHaveAZeroJacobian() {
        for (Activation a : new Activation[] {Activation.STEP, Activation.SIGN}) {
            double[][] j = Jacobian.of(net(a, a, 7), new double[] {0.3, -0.2, 1.1});
            for (double[] row : j) {
                assertArrayEquals(new double[3], row, 0, a.id());
            }
        }
    }

    @Test
    void geluErfMatchesCentralDifferencesOncePortableErfExists() {
        // PortableMath.erf is a placeholder that throws until the portable implementation is merged: this test
        // is reported as skipped (not passed) until then, and runs unchanged afterwards.
        assumeTrue(erfAvailable(), "PortableMath.erf is still the placeholder");
        Rng inputs = new Rng(13);
        for (Activation out : new Activation[] {Activation.IDENTITY, Activation.GELU_ERF}) {
            Network net = net(Activation.GELU_ERF, out, 300);
            for (int t = 0; t < 5; t++) {
                assertMatchesDifferences(net, randomInput(inputs), "gelu_erf → " + out.id());
            }
        }
    }

    static boolean erfAvailable() {
        try {
            PortableMath.erf(0.5);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void givesTheCourseFormulaForTheW1TanhNetwork() {
        // W1 of the course: 1-2-1-1 tanh, x = 2. By hand, ∇ₓ a⁽³⁾ = tanh′(s⁽³⁾)·w³·tanh′(s⁽²⁾)·Σⱼ w²ⱼ·tanh′(s¹ⱼ)·w¹ⱼ
        // with tanh′ = 1 − tanh², s¹ = [0.1 + 0.3·2, 0.2 + 0.4·2], s² = 0.2 + 1·x¹₁ − 3·x¹₂, s³ = 1 + 2·x²₁.
        Network net = Network.uniform(new int[] {1, 2, 1, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH}, true);
        net.setWeights(new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.2, 1, -3}, {1, 2}});
        double x11 = Math.tanh(0.1 + 0.3 * 2);
        double x12 = Math.tanh(0.2 + 0.4 * 2);
        double x2 = Math.tanh(0.2 + 1 * x11 - 3 * x12);
        double x3 = Math.tanh(1 + 2 * x2);
        double byHand = (1 - x3 * x3) * 2 * (1 - x2 * x2) * (1 * (1 - x11 * x11) * 0.3 + -3 * (1 - x12 * x12) * 0.4);
        double[] g = Jacobian.inputGradient(net, new double[] {2});
        assertEquals(1, g.length);
        assertEquals(byHand, g[0], 1e-14);
    }

    @Test
    void inputGradientIsTheFirstOutputsRowAndLeavesTheNetworkAtThatInput() {
        Network net = net(Activation.TANH, Activation.SIGMOID, 5);
        double[] x = {0.4, -0.9, 0.1};
        double[][] j = Jacobian.of(net, x);
        double[] expectedOutput = net.forward(x).clone();
        double[] g = Jacobian.inputGradient(net, x);
        assertArrayEquals(j[0], g, 0);
        assertArrayEquals(expectedOutput, net.activations(net.layerCount()), 0);
    }

    @Test
    void refusesAnInputOfTheWrongSize() {
        Network net = net(Activation.TANH, Activation.IDENTITY, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Jacobian.of(net, new double[] {1, 2}));
        assertEquals("the network has 3 inputs, not 2", e.getMessage());
    }
}
