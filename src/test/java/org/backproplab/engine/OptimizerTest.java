package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each update rule against the textbook formula evaluated by hand in the test: one weight, a fixed gradient
 * sequence, three steps.
 */
class OptimizerTest {
    private static final double[] GRADIENTS = {0.5, -0.2, 0.1};

    /** A 1-1 identity network without bias whose single weight we drive with chosen gradients. */
    private static double[] run(Optimizer opt, double eta) {
        Network net = Network.uniform(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, false);
        net.weights(1)[1] = 1.0;
        double[] w = new double[GRADIENTS.length];
        for (int t = 0; t < GRADIENTS.length; t++) {
            net.zeroGradients();
            net.gradients(1)[1] = GRADIENTS[t];
            opt.step(net, eta);
            w[t] = net.weights(1)[1];
        }
        return w;
    }

    private static Optimizer make(Optimizer.Kind kind) {
        return new Optimizer(kind, 0.9, 0.9, 0.999, 1e-7, 0.9);
    }

    @Test
    void sgdSubtractsRateTimesGradient() {
        double[] w = run(make(Optimizer.Kind.SGD), 0.1);
        assertEquals(1 - 0.05, w[0], 1e-15);
        assertEquals(0.95 + 0.02, w[1], 1e-15);
        assertEquals(0.97 - 0.01, w[2], 1e-15);
    }

    @Test
    void momentumAccumulatesVelocity() {
        double[] w = run(make(Optimizer.Kind.MOMENTUM), 0.1);
        double v1 = -0.05;
        double v2 = 0.9 * v1 + 0.02;
        double v3 = 0.9 * v2 - 0.01;
        assertEquals(1 + v1, w[0], 1e-15);
        assertEquals(1 + v1 + v2, w[1], 1e-15);
        assertEquals(1 + v1 + v2 + v3, w[2], 1e-15);
    }

    @Test
    void nesterovLooksAhead() {
        double[] w = run(make(Optimizer.Kind.NESTEROV), 0.1);
        double v1 = -0.05;
        double w1 = 1 + 0.9 * v1 - 0.05;
        double v2 = 0.9 * v1 + 0.02;
        double w2 = w1 + 0.9 * v2 + 0.02;
        assertEquals(w1, w[0], 1e-15);
        assertEquals(w2, w[1], 1e-15);
    }

    @Test
    void adagradDividesByRootOfSummedSquares() {
        double[] w = run(make(Optimizer.Kind.ADAGRAD), 0.1);
        double w1 = 1 - 0.1 * 0.5 / (Math.sqrt(0.25) + 1e-7);
        double w2 = w1 + 0.1 * 0.2 / (Math.sqrt(0.25 + 0.04) + 1e-7);
        assertEquals(w1, w[0], 1e-15);
        assertEquals(w2, w[1], 1e-15);
    }

    @Test
    void rmspropUsesDecayingAverageOfSquares() {
        double[] w = run(make(Optimizer.Kind.RMSPROP), 0.01);
        double a1 = 0.1 * 0.25;
        double w1 = 1 - 0.01 * 0.5 / (Math.sqrt(a1) + 1e-7);
        double a2 = 0.9 * a1 + 0.1 * 0.04;
        double w2 = w1 + 0.01 * 0.2 / (Math.sqrt(a2) + 1e-7);
        assertEquals(w1, w[0], 1e-15);
        assertEquals(w2, w[1], 1e-15);
    }

    @Test
    void adamCorrectsBiasOfBothMoments() {
        double[] w = run(make(Optimizer.Kind.ADAM), 0.001);
        // step 1: m̂ = g, v̂ = g², so the step is η·g/(|g| + ε) ≈ η·sign(g)
        double w1 = 1 - 0.001 * 0.5 / (0.5 + 1e-7);
        double m2 = 0.9 * (0.1 * 0.5) + 0.1 * -0.2;
        double v2 = 0.999 * (0.001 * 0.25) + 0.001 * 0.04;
        double w2 = w1 - 0.001 * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.998001)) + 1e-7);
        assertEquals(w1, w[0], 1e-15);
        assertEquals(w2, w[1], 1e-15);
    }

    @Test
    void epsilonSitsOutsideTheRootAndAfterAdamsBiasCorrection() {
        // a gradient as small as ε: here the placement of ε decides the step (Keras' forms give other numbers)
        double g = 1e-7;
        double eps = 1e-7;
        Optimizer adagrad = new Optimizer(Optimizer.Kind.ADAGRAD, 0, 0.9, 0.999, eps, 0.9);
        Optimizer rmsprop = new Optimizer(Optimizer.Kind.RMSPROP, 0, 0.9, 0.999, eps, 0.9);
        Optimizer adam = new Optimizer(Optimizer.Kind.ADAM, 0, 0.9, 0.999, eps, 0.9);
        assertEquals(1 - 0.1 * g / (g + eps), step(adagrad, g, 0.1), 1e-15); // √(0 + g²) = g: half a full step
        assertEquals(1 - 0.1 * g / (Math.sqrt(0.1) * g + eps), step(rmsprop, g, 0.1), 1e-15);
        // t = 1: m̂ = g, v̂ = g², so w ← w − η·g / (g + ε)
        assertEquals(1 - 0.1 * g / (g + eps), step(adam, g, 0.1), 1e-15);
    }

    /** The weight after one step from 1 with gradient g. */
    private static double step(Optimizer opt, double g, double eta) {
        Network net = Network.uniform(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, false);
        net.weights(1)[1] = 1.0;
        net.gradients(1)[1] = g;
        opt.step(net, eta);
        return net.weights(1)[1];
    }

    /**
     * Issue 25: under a learning-rate schedule momentum and Nesterov keep the velocity form v ← μ·v − η_t·g, not
     * PyTorch's b ← μ·b + g, w ← w − η_t·b. Step schedule η 0.1, γ 0.5 every 2 epochs: η_t = 0.1, 0.1, 0.05, 0.05.
     */
    @Test
    void momentumUnderAStepScheduleScalesEachGradientByItsOwnRate() {
        Schedule schedule = new Schedule(Schedule.Kind.STEP, 0.1, 0.5, 2);
        double[] etas = {0.1, 0.1, 0.05, 0.05};
        double[] g = {0.5, -0.2, 0.1, 0.3};
        for (Optimizer.Kind kind : new Optimizer.Kind[] {Optimizer.Kind.MOMENTUM, Optimizer.Kind.NESTEROV}) {
            Optimizer opt = make(kind);
            Network net = Network.uniform(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, false);
            net.weights(1)[1] = 1.0;
            double v = 0; // by hand, the engine's form
            double w = 1.0;
            double b = 0; // PyTorch's form, for contrast
            double torch = 1.0;
            for (int t = 0; t < g.length; t++) {
                assertEquals(etas[t], schedule.rate(t), 0, "η at epoch " + t);
                net.zeroGradients();
                net.gradients(1)[1] = g[t];
                opt.step(net, schedule.rate(t));
                v = 0.9 * v - etas[t] * g[t];
                w = kind == Optimizer.Kind.MOMENTUM ? w + v : w + 0.9 * v - etas[t] * g[t];
                b = 0.9 * b + g[t];
                torch = kind == Optimizer.Kind.MOMENTUM ? torch - etas[t] * b : torch - etas[t] * (g[t] + 0.9 * b);
                assertEquals(w, net.weights(1)[1], 1e-15, kind + " step " + (t + 1));
                if (t < 2) {
                    assertEquals(torch, w, 1e-15, "equal while η is constant: " + kind + " step " + (t + 1));
                }
            }
            // once η has halved, the velocity still carries the earlier steps at η 0.1; PyTorch's halves them too
            assertTrue(Math.abs(torch - w) > 1e-3, kind + ": " + torch + " vs " + w);
        }
    }
}
