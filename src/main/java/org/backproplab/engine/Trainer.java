package org.backproplab.engine;

/**
 * Runs epochs of mini-batch gradient descent on samples held in flat arrays.
 *
 * <p>A batch size of 0 (or ≥ n) is full-batch gradient descent, 1 is online learning. Mini-batch and online
 * epochs visit the samples in a fresh order drawn from the seeded generator; full batches keep the data's
 * order so that the sums, and so the bits, never depend on a shuffle.
 *
 * <p>The epoch's loss and accuracy are measured as Keras measures them: the mean over the epoch's samples, each
 * with the weights just before its batch's update. The L1/L2 penalty λ₁·Σ|w| + ½λ₂·Σw² (gradient λ₁·sign(w) + λ₂·w,
 * the "weight decay" form; Keras' L2(λ) is λ·Σw², gradient 2λ·w) acts on weights, not biases, and is not included
 * in the reported loss (Keras adds it), so losses with and without a penalty compare directly.
 */
public final class Trainer {
    /**
     * The most samples the batched kernels take at once: a larger batch goes through in pieces, its sums still in
     * sample order, so that 10 000 points in eight layers of 256 units need megabytes, not a gigabyte.
     */
    static final int PIECE = 256;

    private final Network net;
    private final Loss loss;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final int batchSize;
    private final double l1;
    private final double l2;
    private final boolean classification;
    private final Rng rng;
    private int[] order;
    private int epoch;
    private boolean perSample;

    /** A trainer updating {@code net} in place. */
    public Trainer(Network net, Loss loss, Optimizer optimizer, Schedule schedule, int batchSize, double l1, double l2,
            boolean classification, Rng rng) {
        this.net = net;
        this.loss = loss;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.batchSize = batchSize;
        this.l1 = l1;
        this.l2 = l2;
        this.classification = classification;
        this.rng = rng;
    }

    /**
     * Whether to train sample by sample through {@link Network#forward} and {@link Network#backward} instead of the
     * batched kernels ({@link Network#forwardBatch}): the same bits, slower. Kept so that tests and the benchmark can
     * set the two side by side.
     */
    public void sampleBySample(boolean on) {
        perSample = on;
    }

    /**
     * A trainer that goes on from this one between two epochs with other settings: the same network, loss and
     * generator (so the next mini-batch order is the one this trainer would have drawn), and the epoch count goes on,
     * so a schedule reads the run's epoch, not the epochs since the change.
     */
    public Trainer continueWith(Optimizer optimizer, Schedule schedule, int batchSize, double l1, double l2) {
        Trainer t = new Trainer(net, loss, optimizer, schedule, batchSize, l1, l2, classification, rng);
        t.epoch = epoch;
        t.perSample = perSample;
        return t;
    }

    /** The number of epochs trained so far. */
    public int epoch() {
        return epoch;
    }

    /**
     * Trains one epoch on n samples ({@code xs} row-major n × inputs, {@code ys} n × outputs) and returns its
     * mean loss and accuracy.
     */
    public Evaluation trainEpoch(double[] xs, double[] ys, int n) {
        int in = net.width(0);
        int out = net.width(net.layerCount());
        int batch = batchSize <= 0 || batchSize >= n ? n : batchSize;
        if (order == null || order.length != n) {
            order = new int[n];
        }
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (batch < n) {
            rng.shuffle(order);
        }
        double eta = schedule.rate(epoch);
        double lossSum = 0;
        int correct = 0;
        for (int start = 0; start < n; start += batch) {
            int end = Math.min(n, start + batch);
            if (perSample) {
                net.zeroGradients();
                for (int b = start; b < end; b++) {
                    int row = order[b];
                    double[] y = net.forward(xs, row * in);
                    if (classification && isCorrect(y, 0, ys, row * out, out)) {
                        correct++;
                    }
                    lossSum += net.backward(loss, ys, row * out);
                }
            } else {
                net.zeroGradients();
                for (int from = start; from < end; from += PIECE) { // a large batch in pieces, to bound the memory
                    int m = Math.min(PIECE, end - from);
                    double[] y = net.forwardBatch(xs, order, from, m);
                    if (classification) {
                        for (int b = 0; b < m; b++) {
                            if (isCorrect(y, b * out, ys, order[from + b] * out, out)) {
                                correct++;
                            }
                        }
                    }
                    lossSum = net.backwardBatch(loss, ys, order, from, m, lossSum);
                }
            }
            net.scaleGradients(1.0 / (end - start));
            regularize();
            optimizer.step(net, eta);
        }
        epoch++;
        return new Evaluation(lossSum / n, classification ? (double) correct / n : Double.NaN);
    }

    /** Loss and accuracy of the current weights on n samples, without changing anything. */
    public Evaluation evaluate(double[] xs, double[] ys, int n) {
        return evaluate(net, loss, classification, xs, ys, n);
    }

    /** Loss and accuracy of {@code net} on n samples. */
    public static Evaluation evaluate(Network net, Loss loss, boolean classification, double[] xs, double[] ys, int n) {
        int in = net.width(0);
        int out = net.width(net.layerCount());
        double[] t = new double[out];
        double lossSum = 0;
        int correct = 0;
        for (int row = 0; row < n; row++) {
            double[] y = net.forward(xs, row * in);
            for (int j = 0; j < out; j++) { // a loop: TeaVM's arraycopy costs more than a few elements
                t[j] = ys[row * out + j];
            }
            lossSum += loss.value(y, t, out);
            if (classification && isCorrect(y, 0, ys, row * out, out)) {
                correct++;
            }
        }
        return new Evaluation(n == 0 ? Double.NaN : lossSum / n, classification && n > 0 ? (double) correct / n : Double.NaN);
    }

    /**
     * Whether the prediction {@code y[yOffset …]} matches the target: one output is class 1 when y ≥ 0.5; several
     * outputs are one-hot, compared by arg-max.
     */
    static boolean isCorrect(double[] y, int yOffset, double[] ys, int offset, int out) {
        if (out == 1) {
            return (y[yOffset] >= 0.5) == (ys[offset] >= 0.5);
        }
        int best = 0;
        int want = 0;
        for (int k = 1; k < out; k++) {
            if (y[yOffset + k] > y[yOffset + best]) {
                best = k;
            }
            if (ys[offset + k] > ys[offset + want]) {
                want = k;
            }
        }
        return best == want;
    }

    private void regularize() {
        if (l1 == 0 && l2 == 0) {
            return;
        }
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] w = net.weights(l);
            double[] g = net.gradients(l);
            for (int i = net.width(l); i < w.length; i++) { // skip row 0: biases are not penalised
                double wi = w[i];
                double penalty = l2 * wi + (wi > 0 ? l1 : wi < 0 ? -l1 : 0);
                g[i] = penalty + g[i]; // sum on the left: see TeaVmArithmeticTest
            }
        }
    }

    /** The mean loss and the accuracy (NaN for regression) of one pass over samples. */
    public static final class Evaluation {
        private final double loss;
        private final double accuracy;

        Evaluation(double loss, double accuracy) {
            this.loss = loss;
            this.accuracy = accuracy;
        }

        /** The mean loss per sample. */
        public double loss() {
            return loss;
        }

        /** The fraction classified correctly, NaN for regression. */
        public double accuracy() {
            return accuracy;
        }
    }
}
