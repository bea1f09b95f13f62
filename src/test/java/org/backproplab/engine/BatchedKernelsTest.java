package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.Test;

/**
 * The batched, blocked kernels give the bits of the sample-by-sample path: for many random networks (widths on and
 * off the 4 × 4 blocks, every activation, mixed per-unit layers, with and without biases), every loss and optimizer,
 * batch sizes from online to full, with and without L1/L2, each epoch's loss and accuracy and every final weight are
 * compared bit for bit between {@link Trainer#sampleBySample} on and off.
 */
class BatchedKernelsTest {
    private static final Activation[] HIDDEN = Activation.values();
    private static final Loss[] LOSSES = Loss.values();
    private static final Optimizer.Kind[] OPTIMIZERS = Optimizer.Kind.values();

    @Test
    void everyConfigurationTrainsToTheSameBitsAsSampleBySample() {
        Rng pick = new Rng(31);
        List<String> differences = new ArrayList<>();
        int configurations = 400;
        for (int c = 0; c < configurations; c++) {
            String difference = compare(pick, c);
            if (difference != null) {
                differences.add(difference);
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + configurations + " differ:\n"
                + String.join("\n", differences.subList(0, Math.min(10, differences.size()))));
    }

    @Test
    void theWideBenchmarkShapeTrainsToTheSameBits() {
        // W4's shape, 2-128-128-1 sigmoid, on 100 points full batch, and a mini-batch of 39 that ends ragged.
        for (int batch : new int[] {0, 39}) {
            int[] sizes = {2, 128, 128, 1};
            Activation[] acts = {Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID};
            String d = run(sizes, Network.uniform(sizes, acts, true), Loss.MSE, Optimizer.sgd(), batch, 0, 0, 100,
                    20, 7);
            assertEquals(null, d, "batch " + batch);
        }
    }

    @Test
    void batchesLargerThanOnePieceKeepTheirOrderAcrossPieces() {
        int n = 2 * Trainer.PIECE + 89;
        for (int batch : new int[] {0, Trainer.PIECE + 45, 7}) {
            for (boolean bias : new boolean[] {true, false}) {
                int[] sizes = {3, 9, 5, 2};
                Activation[][] acts = {
                    {Activation.TANH, Activation.RELU, Activation.SIGMOID, Activation.ELU, Activation.TANH,
                        Activation.GELU_ERF, Activation.SILU, Activation.SOFTPLUS, Activation.LEAKY_RELU},
                    {Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID,
                        Activation.SIGMOID},
                    {Activation.SIGMOID, Activation.SIGMOID}};
                String d = run(sizes, new Network(sizes, acts, bias), Loss.BCE,
                        new Optimizer(Optimizer.Kind.ADAM, 0.9, 0.9, 0.999, 1e-7, 0.9), batch, 0.001, 0.01, n, 5,
                        batch);
                assertEquals(null, d, "batch " + batch + ", bias " + bias);
            }
        }
    }

    private static String compare(Rng pick, int c) {
        int layers = 1 + pick.nextInt(4);
        int[] sizes = new int[layers + 1];
        for (int l = 0; l <= layers; l++) {
            sizes[l] = 1 + pick.nextInt(l == 0 || l == layers ? 4 : 11);
        }
        boolean bias = pick.nextInt(4) != 0;
        Loss loss = LOSSES[pick.nextInt(LOSSES.length)];
        Activation[][] acts = new Activation[layers][];
        for (int l = 0; l < layers; l++) {
            acts[l] = new Activation[sizes[l + 1]];
            boolean perUnit = pick.nextInt(3) == 0;
            Activation shared = HIDDEN[pick.nextInt(HIDDEN.length)];
            for (int j = 0; j < acts[l].length; j++) {
                acts[l][j] = perUnit ? HIDDEN[pick.nextInt(HIDDEN.length)] : shared;
            }
        }
        if (loss == Loss.BCE) { // the run refuses other outputs for cross-entropy
            java.util.Arrays.fill(acts[layers - 1], Activation.SIGMOID);
        } else if (loss == Loss.SOFTMAX_CE) {
            java.util.Arrays.fill(acts[layers - 1], Activation.IDENTITY);
        }
        Optimizer.Kind kind = OPTIMIZERS[pick.nextInt(OPTIMIZERS.length)];
        Optimizer optimizer = new Optimizer(kind, 0.9, 0.9, 0.999, 1e-7, 0.9);
        int n = 1 + pick.nextInt(23);
        int[] batches = {0, 1, 2, 3, 4, 5, 7, 8, 9, n, n + 3};
        int batch = batches[pick.nextInt(batches.length)];
        double l1 = pick.nextInt(3) == 0 ? 0.001 : 0;
        double l2 = pick.nextInt(3) == 0 ? 0.01 : 0;
        String d = run(sizes, new Network(sizes, acts, bias), loss, optimizer, batch, l1, l2, n, 12, c);
        return d == null ? null : "configuration " + c + " (sizes " + java.util.Arrays.toString(sizes) + ", bias "
                + bias + ", " + loss.id() + ", " + kind.id() + ", batch " + batch + ", n " + n + "): " + d;
    }

    /** Trains two copies, sample by sample and batched, from the same start; null when every bit agrees. */
    private static String run(int[] sizes, Network net, Loss loss, Optimizer optimizer, int batch, double l1,
            double l2, int n, int epochs, int seed) {
        Rng data = new Rng(1000 + seed);
        Initializer.initialize(net, Initializer.Kind.XAVIER, 0, 0, data);
        int in = sizes[0];
        int out = sizes[sizes.length - 1];
        double[] xs = new double[n * in];
        double[] ys = new double[n * out];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.uniform(-2, 2);
        }
        for (int r = 0; r < n; r++) {
            if (out > 1 && loss == Loss.SOFTMAX_CE) {
                ys[r * out + data.nextInt(out)] = 1;
            } else {
                for (int j = 0; j < out; j++) {
                    ys[r * out + j] = loss == Loss.BCE || data.nextInt(2) == 0 ? data.nextInt(2) : data.uniform(-1, 1);
                }
            }
        }
        boolean classification = loss == Loss.BCE || loss == Loss.SOFTMAX_CE;
        Network a = net.copy();
        Network b = net.copy();
        Optimizer oa = new Optimizer(optimizer.kind(), 0.9, 0.9, 0.999, 1e-7, 0.9);
        Optimizer ob = new Optimizer(optimizer.kind(), 0.9, 0.9, 0.999, 1e-7, 0.9);
        Schedule schedule = Schedule.constant(0.05);
        Trainer ta = new Trainer(a, loss, oa, schedule, batch, l1, l2, classification, new Rng(seed));
        ta.sampleBySample(true);
        Trainer tb = new Trainer(b, loss, ob, schedule, batch, l1, l2, classification, new Rng(seed));
        tb.sampleBySample(false);
        for (int e = 0; e < epochs; e++) {
            Trainer.Evaluation ea = ta.trainEpoch(xs, ys, n);
            Trainer.Evaluation eb = tb.trainEpoch(xs, ys, n);
            if (Double.doubleToRawLongBits(ea.loss()) != Double.doubleToRawLongBits(eb.loss())) {
                return "epoch " + e + " loss " + Bits.hex(ea.loss()) + " vs " + Bits.hex(eb.loss());
            }
            if (Double.doubleToRawLongBits(ea.accuracy()) != Double.doubleToRawLongBits(eb.accuracy())) {
                return "epoch " + e + " accuracy " + ea.accuracy() + " vs " + eb.accuracy();
            }
        }
        for (int l = 1; l <= a.layerCount(); l++) {
            double[] wa = a.weights(l);
            double[] wb = b.weights(l);
            for (int i = 0; i < wa.length; i++) {
                if (Double.doubleToRawLongBits(wa[i]) != Double.doubleToRawLongBits(wb[i])) {
                    return "layer " + l + " weight " + i + ": " + Bits.hex(wa[i]) + " vs " + Bits.hex(wb[i]);
                }
            }
            double[] ga = a.gradients(l);
            double[] gb = b.gradients(l);
            for (int i = 0; i < ga.length; i++) {
                if (Double.doubleToRawLongBits(ga[i]) != Double.doubleToRawLongBits(gb[i])) {
                    return "layer " + l + " gradient " + i + ": " + Bits.hex(ga[i]) + " vs " + Bits.hex(gb[i]);
                }
            }
        }
        return null;
    }
}
