package org.backproplab.experiment.perceptron;

/**
 * Rosenblatt's perceptron with online updates: for each sample in order, y = step(w·x) with bias input x0 = +1,
 * and on a mistake w ← w + η (t − y) x.
 */
public final class Perceptron {
    private Perceptron() {
    }

    /** Runs every epoch of {@code config} and records the weights after each. */
    public static PerceptronRun run(PerceptronConfig config) {
        TruthTable table = config.table();
        SampleOrder order = config.order();
        Threshold threshold = config.threshold();
        int n = config.weightCount();
        int epochs = config.epochs();
        double eta = config.learningRate();

        double[] w = config.initialWeights();
        double[] history = new double[(epochs + 1) * n]; // row e: weights after epoch e; row 0: initial weights
        int[] errors = new int[epochs + 1];
        boolean[] changed = new boolean[epochs + 1];
        System.arraycopy(w, 0, history, 0, n);
        double[] x = new double[n];
        x[0] = 1; // bias input
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int position = 0; position < order.size(); position++) {
                int row = order.row(position);
                for (int i = 1; i < n; i++) {
                    x[i] = table.input(row, i);
                }
                // Summed left to right, w0 first: the order the reference computation uses. x_i is 0 or 1, so
                // every product is exact and only the order of the additions could change the bits.
                double s = w[0];
                for (int i = 1; i < n; i++) {
                    s += w[i] * x[i];
                }
                int t = threshold.target(table.target(row));
                int y = threshold.output(s);
                if (y != t) {
                    errors[epoch]++;
                    double step = eta * (t - y);
                    for (int i = 0; i < n; i++) {
                        double updated = w[i] + step * x[i];
                        // A step far below a weight's ulp is absorbed: then the weights did not change.
                        changed[epoch] |= updated != w[i];
                        w[i] = updated;
                    }
                }
            }
            System.arraycopy(w, 0, history, epoch * n, n);
        }
        return new PerceptronRun(config, history, errors, changed);
    }
}
