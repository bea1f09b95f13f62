package org.backproplab.experiment.perceptron;

import org.backproplab.text.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backproplab.text.Numbers;

/** The outcome of {@link Perceptron#run}: the weights after every epoch, the mistakes in it, and when it converged. */
public final class PerceptronRun {
    /** Decimals of the course's weight log ("-0.40 0.40 0.40 0.20"). */
    public static final int LOG_DECIMALS = 2;

    private final PerceptronConfig config;
    private final double[] history;
    private final int[] errors;
    private final int firstEpochWithZeroErrors;
    private final int lastEpochWithUpdate;

    PerceptronRun(PerceptronConfig config, double[] history, int[] errors, boolean[] changed) {
        this.config = config;
        this.history = history;
        this.errors = errors;
        int first = -1;
        int last = 0;
        for (int epoch = 1; epoch < errors.length; epoch++) {
            if (first < 0 && errors[epoch] == 0) {
                first = epoch;
            }
            if (changed[epoch]) {
                last = epoch;
            }
        }
        this.firstEpochWithZeroErrors = first;
        this.lastEpochWithUpdate = last;
    }

    /** The configuration that produced this run. */
    public PerceptronConfig config() {
        return config;
    }

    /** The number of epochs run. */
    public int epochs() {
        return errors.length - 1;
    }

    /** A copy of the weights after {@code epoch}, w0 first, at full precision; epoch 0 gives the initial weights. */
    public double[] weightsAfter(int epoch) {
        checkEpoch(epoch, 0);
        int n = config.weightCount();
        double[] w = new double[n];
        System.arraycopy(history, epoch * n, w, 0, n);
        return w;
    }

    /** A copy of the weights after the last epoch. */
    public double[] finalWeights() {
        return weightsAfter(epochs());
    }

    /** The number of samples misclassified (and so updated on) during {@code epoch}, from 1. */
    public int errorsIn(int epoch) {
        checkEpoch(epoch, 1);
        return errors[epoch];
    }

    /** The first epoch in which every sample was classified correctly, or -1 when none was. */
    public int firstEpochWithZeroErrors() {
        return firstEpochWithZeroErrors;
    }

    /** True when some epoch had zero errors; the weights never change after such an epoch. */
    public boolean converged() {
        return firstEpochWithZeroErrors > 0;
    }

    /**
     * The last epoch in which the weights changed, 0 if they never did. When the run {@link #converged()} it is
     * the epoch the course calls "converges at epoch N": the weights stay as they are from then on.
     */
    public int lastEpochWithUpdate() {
        return lastEpochWithUpdate;
    }

    /** The course's log line for {@code epoch}: "epoch = 1, weights = -0.00 0.40 0.40 0.40". */
    public String logLine(int epoch) {
        checkEpoch(epoch, 1);
        return logLine(epoch, formatWeights(weightsAfter(epoch)));
    }

    private static String logLine(int epoch, String weights) {
        return "epoch = " + epoch + ", weights = " + weights;
    }

    /** True when history[a…a+n) and history[b…b+n) hold the same bits (so -0.0 and 0.0 differ, as they print). */
    private boolean sameBits(int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.doubleToLongBits(history[a + i]) != Double.doubleToLongBits(history[b + i])) {
                return false;
            }
        }
        return true;
    }

    /** The log line of every epoch, epoch 1 first. */
    public List<String> logLines() {
        List<String> lines = new ArrayList<>(epochs());
        int n = config.weightCount();
        String weights = null;
        for (int epoch = 1; epoch <= epochs(); epoch++) {
            // Exact formatting is slow in the browser (about 30 µs a number); once a run has converged every epoch
            // prints the same weights, so the text of the previous epoch is reused when the bits are unchanged.
            if (weights == null || !sameBits(epoch * n, epoch * n - n, n)) {
                weights = formatWeights(weightsAfter(epoch));
            }
            lines.add(logLine(epoch, weights));
        }
        return lines;
    }

    /**
     * One English sentence on convergence, e.g. "converged: first epoch with zero errors is 4 (weights last changed
     * in epoch 3)" or "does not converge: still 4 errors (updates) during epoch 100; its final weights misclassify
     * 2 of the 4 rows"; the numbers are available one by one above.
     */
    public String summary() {
        return PerceptronText.summary(this);
    }

    /**
     * The line w0 + w1·x1 + w2·x2 = 0 of the weights after {@code epoch}, clipped to the plot box; empty when
     * w1 = w2 = 0 or the line misses the box. Only for tables with two inputs.
     */
    public Optional<SeparatingLine> separatingLine(int epoch) {
        if (config.table().inputCount() != 2) {
            throw new IllegalStateException("a separating line is drawn for 2 inputs, " + config.table() + " has "
                    + config.table().inputCount());
        }
        double[] w = weightsAfter(epoch);
        return SeparatingLine.of(w[0], w[1], w[2]);
    }

    /** {@link #separatingLine(int)} for the final weights. */
    public Optional<SeparatingLine> separatingLine() {
        return separatingLine(epochs());
    }

    /** Weights as the course prints them: two decimals each, single spaces, w0 first. */
    static String formatWeights(double[] weights) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(Numbers.fixed(weights[i], LOG_DECIMALS));
        }
        return out.toString();
    }

    private void checkEpoch(int epoch, int first) {
        if (epoch < first || epoch > epochs()) {
            throw new IndexOutOfBoundsException("epoch " + epoch + " of a run of epochs " + first + " to " + epochs());
        }
    }
}
