package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InitializerTest {
    private static Network net() {
        return Network.uniform(new int[] {4, 30, 20}, new Activation[] {Activation.RELU, Activation.SIGMOID}, true);
    }

    @Test
    void sameSeedReplaysTheSameWeights() {
        Network a = net();
        Network b = net();
        Initializer.initialize(a, Initializer.Kind.XAVIER, 0, 0, new Rng(9));
        Initializer.initialize(b, Initializer.Kind.XAVIER, 0, 0, new Rng(9));
        assertArrayEquals(a.weights(1), b.weights(1), 0);
        assertArrayEquals(a.weights(2), b.weights(2), 0);
    }

    @Test
    void xavierStaysWithinItsLimitAndZeroesBiases() {
        Network n = net();
        Initializer.initialize(n, Initializer.Kind.XAVIER, 0, 0, new Rng(1));
        double limit = Math.sqrt(6.0 / (4 + 30));
        double[] w = n.weights(1);
        for (int i = 0; i < w.length; i++) {
            if (i < 30) {
                assertEquals(0, w[i], 0);
            } else {
                assertTrue(Math.abs(w[i]) <= limit);
            }
        }
    }

    @Test
    void heHasVarianceTwoOverFanIn() {
        Network n = Network.uniform(new int[] {50, 400}, new Activation[] {Activation.RELU}, true);
        Initializer.initialize(n, Initializer.Kind.HE, 0, 0, new Rng(2));
        double[] w = n.weights(1);
        double sq = 0;
        for (int i = 400; i < w.length; i++) {
            sq += w[i] * w[i];
        }
        assertEquals(2.0 / 50, sq / (w.length - 400), 0.002);
    }

    @Test
    void constantSetsEveryWeightAndBias() {
        Network n = net();
        Initializer.initialize(n, Initializer.Kind.CONSTANT, 0.6, 0, new Rng(1));
        for (double w : n.weights(2)) {
            assertEquals(0.6, w, 0);
        }
    }

    @Test
    void uniformDrawsInsideItsInterval() {
        Network n = net();
        Initializer.initialize(n, Initializer.Kind.UNIFORM, -0.3, 0.2, new Rng(4));
        for (double w : n.weights(1)) {
            assertTrue(w >= -0.3 && w < 0.2);
        }
    }
    @Test
    void normalHasTheMeanAndDeviationAsked() {
        Network n = Network.uniform(new int[] {199, 400}, new Activation[] {Activation.TANH}, true);
        Initializer.initialize(n, Initializer.Kind.NORMAL, 0.3, 0.2, new Rng(5));
        double[] w = n.weights(1);
        double sum = 0;
        double sq = 0;
        for (double v : w) {
            sum += v;
            sq += v * v;
        }
        double mean = sum / w.length;
        assertEquals(0.3, mean, 0.003); // 80 000 draws: standard errors 0.0007 (mean) and 0.0005 (deviation)
        assertEquals(0.2, Math.sqrt(sq / w.length - mean * mean), 0.002);
    }

    @Test
    void xavierHasVarianceTwoOverFanInPlusFanOut() {
        Network n = Network.uniform(new int[] {60, 300}, new Activation[] {Activation.TANH}, true);
        Initializer.initialize(n, Initializer.Kind.XAVIER, 0, 0, new Rng(8));
        double[] w = n.weights(1);
        double sq = 0;
        for (int i = 300; i < w.length; i++) {
            sq += w[i] * w[i];
        }
        assertEquals(2.0 / 360, sq / (w.length - 300), 0.0002);
    }

    @Test
    void withoutBiasesEveryKindLeavesRowZeroAtZero() {
        for (Initializer.Kind kind : Initializer.Kind.values()) {
            if (kind == Initializer.Kind.EXPLICIT) {
                continue;
            }
            Network n = Network.uniform(new int[] {3, 4, 2}, new Activation[] {Activation.TANH, Activation.SIGMOID}, false);
            Initializer.initialize(n, kind, 0.5, 1, new Rng(1));
            for (int l = 1; l <= 2; l++) {
                for (int j = 0; j < n.width(l); j++) {
                    assertEquals(0, n.weights(l)[j], 0, kind.id() + " bias " + j + " of layer " + l);
                }
            }
        }
    }
}
