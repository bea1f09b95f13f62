package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input features in front of the first layer: their values, their slopes, and backprop through them. */
class FeatureMapTest {
    private static final FeatureMap ALL = FeatureMap.of(Arrays.asList(Feature.values()));

    @Test
    void eachFeatureIsItsFormulaWithThePortableSine() {
        double x1 = 0.75;
        double x2 = -1.25;
        double[] out = new double[7];
        ALL.apply(new double[] {x1, x2}, 0, out, 0);
        double[] expected = {x1, x2, x1 * x1, x2 * x2, x1 * x2, PortableMath.sin(x1), PortableMath.sin(x2)};
        for (int i = 0; i < 7; i++) {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(out[i]), ALL.feature(i).id());
        }
        assertEquals(0.5625, out[2]);
        assertEquals(-0.9375, out[4]);
        // the portable sine is within an ulp of the JDK's: the same function the browser computes, to the bit
        assertEquals(Math.sin(x2), out[6], Math.ulp(out[6]));
    }

    @Test
    void featuresKeepTheirOwnOrderAndTheDefaultIsTheIdentity() {
        FeatureMap m = FeatureMap.of(List.of(Feature.SIN_X2, Feature.X1_SQUARED, Feature.SIN_X2));
        assertEquals("x1sq,sinx2", m.ids());
        assertEquals(2, m.size());
        assertTrue(FeatureMap.of(List.of(Feature.X2, Feature.X1)).isIdentity());
        assertTrue(!m.isIdentity());
        assertThrows(IllegalArgumentException.class, () -> FeatureMap.of(List.of()));
        // a whole set: n rows of two raw inputs become n rows of features
        double[] rows = m.applyAll(new double[] {1, 2, -3, 0.5}, 2);
        assertEquals(List.of(1.0, PortableMath.sin(2), 9.0, PortableMath.sin(0.5)),
                Arrays.stream(rows).boxed().toList());
    }

    @Test
    void eachSlopeMatchesFiniteDifferences() {
        double h = 1e-6;
        for (double[] p : new double[][] {{0.3, -0.7}, {-1.9, 2.4}, {0, 0}}) {
            double[] j = ALL.jacobian(p[0], p[1]);
            for (int i = 0; i < 7; i++) {
                Feature f = ALL.feature(i);
                double d1 = (f.value(p[0] + h, p[1]) - f.value(p[0] - h, p[1])) / (2 * h);
                double d2 = (f.value(p[0], p[1] + h) - f.value(p[0], p[1] - h)) / (2 * h);
                assertEquals(d1, j[2 * i], 1e-8, f.id() + " ∂/∂x1 at " + Arrays.toString(p));
                assertEquals(d2, j[2 * i + 1], 1e-8, f.id() + " ∂/∂x2 at " + Arrays.toString(p));
            }
        }
    }

    /**
     * With every feature on, a 7-5-3-1 network's back-propagated ∂E/∂W agrees with finite differences (the first
     * layer's rows are the features times δ), and so does ∂E/∂x₁, ∂E/∂x₂ through the feature map (chain rule:
     * the features' Jacobian times ∂E/∂(features)), for several inputs, losses and activations.
     */
    @Test
    void gradientsWithEveryFeatureOnMatchFiniteDifferences() {
        Rng rng = new Rng(28);
        Activation[][] setups = {{Activation.TANH, Activation.SIGMOID, Activation.SIGMOID},
            {Activation.SOFTPLUS, Activation.GELU_TANH, Activation.SIGMOID}, {Activation.SILU, Activation.TANH,
                Activation.IDENTITY}};
        Loss[] losses = {Loss.BCE, Loss.MSE, Loss.MSE};
        int checks = 0;
        for (int s = 0; s < setups.length; s++) {
            Network net = Network.uniform(new int[] {7, 5, 3, 1}, setups[s], true);
            for (int l = 1; l <= net.layerCount(); l++) {
                double[] w = net.weights(l);
                for (int i = 0; i < w.length; i++) {
                    w[i] = rng.nextDouble() * 1.6 - 0.8;
                }
            }
            for (int sample = 0; sample < 5; sample++) {
                double[] raw = {rng.nextDouble() * 4 - 2, rng.nextDouble() * 4 - 2};
                double[] target = {rng.nextDouble() < 0.5 ? 0 : 1};
                double[] in = new double[7];
                ALL.apply(raw, 0, in, 0);
                GradientCheck g = GradientCheck.of(net, losses[s], in, target, 1e-6);
                assertTrue(g.maxError() < 1e-7, "∂E/∂W off by " + g.maxError());
                // layer 1's weight gradient of feature i (row i + 1) is that feature's value times δ: nonzero here
                double[] first = g.analytic(1);
                assertTrue(Math.abs(first[5 * 7]) > 0, "sin x₂'s weights learn");

                double[] dE = inputGradient(net, losses[s], raw, target);
                double h = 1e-6;
                for (int c = 0; c < 2; c++) {
                    double[] plus = raw.clone();
                    double[] minus = raw.clone();
                    plus[c] += h;
                    minus[c] -= h;
                    double numeric = (loss(net, losses[s], plus, target) - loss(net, losses[s], minus, target)) / (2 * h);
                    assertEquals(numeric, dE[c], 1e-7 * Math.max(1, Math.abs(numeric)), "∂E/∂x" + (c + 1));
                    checks++;
                }
            }
        }
        assertEquals(30, checks);
    }

    private static double loss(Network net, Loss loss, double[] raw, double[] target) {
        double[] in = new double[ALL.size()];
        ALL.apply(raw, 0, in, 0);
        return loss.value(net.forward(in, 0), target, target.length);
    }

    /** ∂E/∂x for the raw inputs: ∂E/∂y · ∂y/∂(features) · ∂(features)/∂x. */
    private static double[] inputGradient(Network net, Loss loss, double[] raw, double[] target) {
        double[] in = new double[ALL.size()];
        ALL.apply(raw, 0, in, 0);
        double[][] dy = Jacobian.of(net, in);
        double[] y = net.forward(in, 0).clone();
        double[] dEdy = new double[y.length];
        loss.gradient(y, target, y.length, dEdy);
        double[] feat = ALL.jacobian(raw[0], raw[1]);
        double[] out = new double[2];
        for (int k = 0; k < y.length; k++) {
            for (int i = 0; i < ALL.size(); i++) {
                out[0] += dEdy[k] * dy[k][i] * feat[2 * i];
                out[1] += dEdy[k] * dy[k][i] * feat[2 * i + 1];
            }
        }
        return out;
    }
}
