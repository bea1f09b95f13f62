package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * What one epoch of {@link Trainer} does, against gradients taken by finite differences of the objective the
 * class documents: the mean loss of each batch plus λ₁·Σ|w| + ½λ₂·Σw² over weights (not biases).
 */
class TrainerTest {
    /** Four samples of a 2-input, 1-output problem, row-major. */
    private static final double[] XS = {0.1, 0.9, 0.8, 0.2, -0.4, 0.5, 0.7, -0.6};
    private static final double[] YS = {1, 0, 1, 0};
    private static final int N = 4;
    private static final double H = 1e-6;

    private static Network network(boolean bias) {
        Network net = new Network(new int[] {2, 3, 1},
                new Activation[][] {{Activation.TANH, Activation.SIGMOID, Activation.ELU}, {Activation.SIGMOID}}, bias);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(3));
        return net;
    }

    /** The batch objective: mean loss over {@code rows} plus the penalty on every weight outside row 0. */
    private static double objective(Network net, Loss loss, int[] rows, double l1, double l2) {
        double sum = 0;
        double[] t = new double[1];
        for (int r : rows) {
            t[0] = YS[r];
            sum += loss.value(net.forward(XS, 2 * r), t, 1);
        }
        double penalty = 0;
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] w = net.weights(l);
            for (int i = net.width(l); i < w.length; i++) {
                penalty += l1 * Math.abs(w[i]) + 0.5 * l2 * w[i] * w[i];
            }
        }
        return sum / rows.length + penalty;
    }

    /** w − η·∇J by central differences, layer by layer (biases left alone when the network has none). */
    private static double[][] descentStep(Network net, Loss loss, int[] rows, double l1, double l2, double eta) {
        double[][] next = net.copyWeights();
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] w = net.weights(l);
            for (int i = 0; i < w.length; i++) {
                if (!net.hasBias() && i < net.width(l)) {
                    continue;
                }
                double saved = w[i];
                w[i] = saved + H;
                double plus = objective(net, loss, rows, l1, l2);
                w[i] = saved - H;
                double minus = objective(net, loss, rows, l1, l2);
                w[i] = saved;
                next[l - 1][i] = saved - eta * (plus - minus) / (2 * H);
            }
        }
        return next;
    }

    private static void assertWeights(double[][] expected, Network net, double tolerance, String what) {
        for (int l = 1; l <= net.layerCount(); l++) {
            assertArrayEquals(expected[l - 1], net.weights(l), tolerance, what + ", layer " + l);
        }
    }

    private static Trainer trainer(Network net, Loss loss, Schedule schedule, int batch, double l1, double l2, int seed) {
        return new Trainer(net, loss, Optimizer.sgd(), schedule, batch, l1, l2, true, new Rng(seed));
    }

    @Test
    void fullBatchEpochStepsDownTheGradientOfTheMeanPenalisedLoss() {
        for (Loss loss : new Loss[] {Loss.MSE, Loss.BCE, Loss.HALF_SSE}) {
            Network net = network(true);
            double[][] expected = descentStep(net, loss, new int[] {0, 1, 2, 3}, 0.01, 0.03, 0.5);
            double before = Trainer.evaluate(net, loss, true, XS, YS, N).loss();
            Trainer.Evaluation e = trainer(net, loss, Schedule.constant(0.5), 0, 0.01, 0.03, 1).trainEpoch(XS, YS, N);
            assertWeights(expected, net, 1e-9, loss.id());
            // the reported loss is the mean before the update, without the penalty
            assertEquals(before, e.loss(), 0, loss.id());
        }
    }

    @Test
    void biasesAreNeitherPenalisedNorGivenToANetworkWithoutThem() {
        Network net = network(false);
        double[][] expected = descentStep(net, Loss.MSE, new int[] {0, 1, 2, 3}, 0.02, 0.1, 0.3);
        trainer(net, Loss.MSE, Schedule.constant(0.3), N, 0.02, 0.1, 1).trainEpoch(XS, YS, N);
        assertWeights(expected, net, 1e-9, "no biases");
        for (int l = 1; l <= net.layerCount(); l++) {
            for (int j = 0; j < net.width(l); j++) {
                assertEquals(0, net.weights(l)[j], 0, "bias of unit " + j + " in layer " + l);
            }
        }
    }

    @Test
    void miniBatchesFollowTheSeededShuffleAndStepOncePerBatch() {
        Network net = network(true);
        Network byHand = net.copy();
        int seed = 17;
        // the order a fresh generator with the trainer's seed gives, two batches of two
        int[] order = {0, 1, 2, 3};
        new Rng(seed).shuffle(order);
        for (int start = 0; start < N; start += 2) {
            byHand.setWeights(descentStep(byHand, Loss.MSE, new int[] {order[start], order[start + 1]}, 0, 0.05, 0.4));
        }
        trainer(net, Loss.MSE, Schedule.constant(0.4), 2, 0, 0.05, seed).trainEpoch(XS, YS, N);
        for (int l = 1; l <= net.layerCount(); l++) {
            assertArrayEquals(byHand.weights(l), net.weights(l), 1e-9, "layer " + l);
        }
    }

    @Test
    void eachEpochUsesItsScheduledRate() {
        Network net = network(true);
        Network byHand = net.copy();
        Schedule halving = new Schedule(Schedule.Kind.STEP, 0.8, 0.5, 1);
        Trainer t = trainer(net, Loss.MSE, halving, 0, 0, 0, 1);
        int[] all = {0, 1, 2, 3};
        for (int epoch = 0; epoch < 3; epoch++) {
            byHand.setWeights(descentStep(byHand, Loss.MSE, all, 0, 0, 0.8 / (1 << epoch)));
            t.trainEpoch(XS, YS, N);
            assertEquals(epoch + 1, t.epoch());
            for (int l = 1; l <= net.layerCount(); l++) {
                assertArrayEquals(byHand.weights(l), net.weights(l), 1e-9, "epoch " + epoch + ", layer " + l);
            }
        }
    }

    @Test
    void theSameSeedReplaysTheTraceBitForBitAndAnotherSeedDoesNot() {
        double[] a = trace(5);
        double[] b = trace(5);
        double[] c = trace(6);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]), "epoch " + i);
        }
        assertNotEquals(a[a.length - 1], c[c.length - 1]);
    }

    /** The epoch losses of online training (batch 1, shuffled each epoch) with Adam. */
    private static double[] trace(int seed) {
        Network net = network(true);
        Trainer t = new Trainer(net, Loss.BCE, new Optimizer(Optimizer.Kind.ADAM, 0, 0.9, 0.999, 1e-7, 0.9),
                Schedule.constant(0.01), 1, 0, 0, true, new Rng(seed));
        double[] losses = new double[20];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = t.trainEpoch(XS, YS, N).loss();
        }
        return losses;
    }

    @Test
    void accuracyCountsOutputsOnTheRightSideOfOneHalf() {
        Network net = new Network(new int[] {2, 1}, new Activation[][] {{Activation.IDENTITY}}, true);
        double[] w = net.weights(1);
        w[0] = 0.5;
        w[1] = 1; // y = 0.5 + x1 − x2: samples 0, 1, 2, 3 give −0.3, 1.1, −0.4, 1.8
        w[2] = -1;
        Trainer.Evaluation e = Trainer.evaluate(net, Loss.MSE, true, XS, YS, N);
        assertEquals(0.0, e.accuracy(), 0); // every prediction is on the wrong side
        w[1] = -1;
        w[2] = 1;
        assertEquals(1.0, Trainer.evaluate(net, Loss.MSE, true, XS, YS, N).accuracy(), 0);
    }
}
