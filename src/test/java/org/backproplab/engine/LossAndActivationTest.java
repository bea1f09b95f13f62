package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
