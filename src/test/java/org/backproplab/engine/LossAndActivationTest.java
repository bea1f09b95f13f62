package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossAndActivationTest {
    private static final double[] Y = {0.8, 0.1};
    private static final double[] T = {1.0, 0.0};

    @Test
    void lossesHaveTheirTextbookValues() {
        assertEquals((0.04 + 0.01) / 2, Loss.MSE.value(Y, T, 2), 1e-15);
        assertEquals(0.04 + 0.01, Loss.SSE.value(Y, T, 2), 1e-15);
        assertEquals(0.5 * (0.04 + 0.01), Loss.HALF_SSE.value(Y, T, 2), 1e-15);
        assertEquals(0.2 + 0.1, Loss.ABS.value(Y, T, 2), 1e-15);
        assertEquals(-(Math.log(0.8) + Math.log(0.9)) / 2, Loss.BCE.value(Y, T, 2), 1e-15);
        double z = Math.exp(0.8) + Math.exp(0.1);
        assertEquals(-Math.log(Math.exp(0.8) / z), Loss.SOFTMAX_CE.value(Y, T, 2), 1e-15);
    }

    @Test
    void sumOfSquaresAndHalfDifferByExactlyTwo() {
        double[] full = new double[2];
        double[] half = new double[2];
        Loss.SSE.gradient(Y, T, 2, full);
        Loss.HALF_SSE.gradient(Y, T, 2, half);
        assertEquals(2 * half[0], full[0], 0);
        assertEquals(2 * half[1], full[1], 0);
    }

    @Test
    void lossGradientsMatchFiniteDifferences() {
        double h = 1e-7;
        for (Loss loss : Loss.values()) {
            double[] g = new double[2];
            loss.gradient(Y, T, 2, g);
            for (int k = 0; k < 2; k++) {
                double[] up = Y.clone();
                double[] down = Y.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (loss.value(up, T, 2) - loss.value(down, T, 2)) / (2 * h);
                assertEquals(numeric, g[k], 1e-6, loss.id() + " output " + k);
            }
        }
    }

    @Test
    void activationDerivativesMatchFiniteDifferencesAwayFromKinks() {
        double h = 1e-6;
        double[] points = {-3.1, -1.2, -0.4, 0.3, 0.9, 2.2, 4.5};
        for (Activation a : Activation.values()) {
            for (double s : points) {
                double numeric = (a.apply(s + h) - a.apply(s - h)) / (2 * h);
                assertEquals(numeric, a.derivative(s, a.apply(s)), 1e-7, a.id() + " at " + s);
            }
        }
    }

    @Test
    void sigmoidDerivativePeaksAtAQuarter() {
        double s = Activation.SIGMOID.apply(0);
        assertEquals(0.5, s, 0);
        assertEquals(0.25, Activation.SIGMOID.derivative(0, s), 0);
        assertTrue(Activation.SIGMOID.derivative(5.5, Activation.SIGMOID.apply(5.5)) < 0.0041);
    }

    @Test
    void sigmoidNeverOverflows() {
        assertEquals(0, Activation.SIGMOID.apply(-1000), 0);
        assertEquals(1, Activation.SIGMOID.apply(1000), 0);
        assertEquals(1000, Activation.SOFTPLUS.apply(1000), 0);
    }

    @Test
    void everyIdRoundTrips() {
        for (Activation a : Activation.values()) {
            assertEquals(a, Activation.byId(a.id()));
            assertNotNull(a.formula());
        }
        for (Loss l : Loss.values()) {
            assertEquals(l, Loss.byId(l.id()));
        }
    }

    @Test
    void everyUnitStaysANumberAtHugeAndInfiniteInputs() {
        double inf = Double.POSITIVE_INFINITY;
        double[] far = {-inf, -1e300, -1e160, -800, -50, 50, 800, 1e160, 1e300, inf};
        for (Activation a : Activation.values()) {
            for (double s : far) {
                double x = a.apply(s);
                assertFalse(Double.isNaN(x), a.id() + "(" + s + ")");
                assertFalse(Double.isNaN(a.derivative(s, x)), a.id() + "′(" + s + ")");
            }
        }
        for (Activation a : new Activation[] {Activation.GELU_TANH, Activation.GELU_ERF, Activation.SILU}) {
            assertEquals(0, a.apply(-inf), 0, a.id());
            assertEquals(inf, a.apply(inf), 0, a.id());
            assertEquals(0, a.derivative(-inf, a.apply(-inf)), 0, a.id());
            assertEquals(1, a.derivative(inf, a.apply(inf)), 0, a.id());
        }
    }

    @Test
    void farFromZeroGeluAndSiluGiveTheFormulasOwnBits() {
        // the shortcuts that keep ±∞ from making 0·∞ must not change a single finite value
        double c = Activation.SQRT_2_OVER_PI;
        for (double s : new double[] {-1e5, -800, -747, -500, -60, -41, 41, 60, 500}) {
            double u = c * (s + Activation.GELU_C * s * s * s);
            double t = PortableMath.tanh(u);
            assertBits(0.5 * s * (1 + t), Activation.GELU_TANH.apply(s), "gelu_tanh", s);
            assertBits(0.5 * (1 + t) + 0.5 * s * (1 - t * t) * c * (1 + 3 * Activation.GELU_C * s * s),
                    Activation.GELU_TANH.derivative(s, 0), "gelu_tanh′", s);
            double erf = PortableMath.erf(s * Activation.INV_SQRT_2);
            assertBits(0.5 * s * (1 + erf), Activation.GELU_ERF.apply(s), "gelu_erf", s);
            assertBits(0.5 * (1 + erf) + s * Activation.INV_SQRT_2PI * PortableMath.exp(-0.5 * s * s),
                    Activation.GELU_ERF.derivative(s, 0), "gelu_erf′", s);
            double sig = PortableMath.sigmoid(s);
            assertBits(s * sig, Activation.SILU.apply(s), "silu", s);
            assertBits(sig * (1 + s * (1 - sig)), Activation.SILU.derivative(s, 0), "silu′", s);
        }
    }

    private static void assertBits(double expected, double actual, String f, double s) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                f + "(" + s + "): " + expected + " vs " + actual);
    }

    @Test
    void crossEntropyIsFlatWhereItsClampHoldsTheOutput() {
        double[] g = new double[3];
        // outputs below 1e-12, above 1 − 1e-12 and outside (0, 1): the clamped value does not move with y
        Loss.BCE.gradient(new double[] {-0.5, 1.5, 1e-13}, new double[] {1, 0, 1}, 3, g);
        assertEquals(0, g[0], 0);
        assertEquals(0, g[1], 0);
        assertEquals(0, g[2], 0);
        assertEquals(Loss.BCE.value(new double[] {-0.4, 1.5, 1e-13}, new double[] {1, 0, 1}, 3),
                Loss.BCE.value(new double[] {-0.5, 1.6, 2e-13}, new double[] {1, 0, 1}, 3), 0);
    }

    @Test
    void softmaxCrossEntropyGradientHoldsForTargetsThatAreNotOneHot() {
        double[] y = {0.3, -1.2, 0.8};
        double h = 1e-7;
        for (double[] t : new double[][] {{0.5, 0.5, 0.5}, {0.2, 0.3, 0.5}, {0, 0, 2}}) {
            double[] g = new double[3];
            Loss.SOFTMAX_CE.gradient(y, t, 3, g);
            for (int k = 0; k < 3; k++) {
                double[] up = y.clone();
                double[] down = y.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (Loss.SOFTMAX_CE.value(up, t, 3) - Loss.SOFTMAX_CE.value(down, t, 3)) / (2 * h);
                assertEquals(numeric, g[k], 1e-7, java.util.Arrays.toString(t) + " output " + k);
            }
        }
        // one-hot targets: exactly p − t
        double[] g = new double[3];
        double[] p = new double[3];
        Loss.SOFTMAX_CE.gradient(y, new double[] {0, 1, 0}, 3, g);
        Loss.softmax(y, 3, p);
        assertEquals(p[1] - 1, g[1], 0);
        assertEquals(p[0], g[0], 0);
    }
}
