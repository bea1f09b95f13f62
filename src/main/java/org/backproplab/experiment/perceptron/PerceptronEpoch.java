package org.backproplab.experiment.perceptron;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backproplab.text.Numbers;

/**
 * A perceptron as it stands after one epoch of a run: its weights, how they classify each row, and for two inputs
 * its separating line and output regions. What the page shows while the epoch slider moves.
 */
public final class PerceptronEpoch {
    private final PerceptronRun run;
    private final int epoch;
    private final double[] weights;

    /**
     * How the weights after the epoch classify one row.
     *
     * @param pattern the row's inputs, x1 first ("101")
     * @param target  the target in the run's convention (±1, or 0/1 for {@link Threshold#BINARY})
     * @param sum     the weighted sum s = w0 + w1·x1 + … + wn·xn
     * @param output  the perceptron's output for s, in the same convention as the target
     */
    public record Sample(String pattern, int target, double sum, int output) {
        /** True when the output equals the target. */
        public boolean correct() {
            return output == target;
        }
    }

    private PerceptronEpoch(PerceptronRun run, int epoch) {
        this.run = run;
        this.epoch = epoch;
        this.weights = run.weightsAfter(epoch);
    }

    /** The perceptron after {@code epoch} of {@code run}; epoch 0 is the initial weights. */
    public static PerceptronEpoch of(PerceptronRun run, int epoch) {
        return new PerceptronEpoch(run, epoch);
    }

    /** The epoch, 0 for the initial weights. */
    public int epoch() {
        return epoch;
    }

    /** A copy of the weights after the epoch, w0 first. */
    public double[] weights() {
        return weights.clone();
    }

    /** Every row in the order the run visits them, classified by these weights. */
    public List<Sample> samples() {
        PerceptronConfig config = run.config();
        TruthTable table = config.table();
        SampleOrder order = config.order();
        Threshold threshold = config.threshold();
        List<Sample> out = new ArrayList<>(order.size());
        for (int position = 0; position < order.size(); position++) {
            int row = order.row(position);
            // Summed as Perceptron sums, w0 first then left to right, so the signs shown are the ones it acts on.
            double s = weights[0];
            for (int i = 1; i <= table.inputCount(); i++) {
                s += weights[i] * table.input(row, i);
            }
            out.add(new Sample(table.pattern(row), threshold.target(table.target(row)), s, threshold.output(s)));
        }
        return out;
    }

    /** How many rows these weights misclassify. */
    public int misclassified() {
        int n = 0;
        for (Sample sample : samples()) {
            if (!sample.correct()) {
                n++;
            }
        }
        return n;
    }

    /**
     * One line about the epoch: "initial weights 0.60 0.60 0.60 0.60" or "after epoch 2: weights -0.40 0.20 0.40 0.20;
     * 2 mistakes (updates) during the epoch".
     */
    public String caption() {
        String w = "weights " + PerceptronRun.formatWeights(weights);
        if (epoch == 0) {
            return "initial " + w;
        }
        int errors = run.errorsIn(epoch);
        return "after epoch " + epoch + ": " + w + "; " + errors + (errors == 1 ? " mistake" : " mistakes")
                + " (updates) during the epoch";
    }

    /** A target or output as shown: "+1" and "-1", or "1" and "0" under {@link Threshold#BINARY}. */
    public String formatValue(int v) {
        return v == 1 && run.config().threshold() != Threshold.BINARY ? "+1" : Integer.toString(v);
    }

    /** The weighted sum as shown: two decimals, or scientific notation when that would hide which side of 0 it is. */
    public static String formatSum(double s) {
        String fixed = Numbers.fixed(s, PerceptronRun.LOG_DECIMALS);
        boolean looksZero = fixed.equals("0.00") || fixed.equals("-0.00");
        return looksZero && s != 0 ? Numbers.sci(s, 2) : fixed;
    }

    /** The separating line of these weights; see {@link PerceptronRun#separatingLine(int)}. Two inputs only. */
    public Optional<SeparatingLine> separatingLine() {
        return run.separatingLine(epoch);
    }

    /**
     * The perceptron's output at the centres of a res × res grid over the plot box of {@link SeparatingLine}, row 0
     * at the top (largest x2): 1 where it outputs its high value, 0 where its low. Two inputs only.
     */
    public int[] outputsOnGrid(int res) {
        if (run.config().table().inputCount() != 2) {
            throw new IllegalStateException("output regions are drawn for 2 inputs");
        }
        if (res < 1 || res > 1000) {
            throw new IllegalArgumentException("grid resolution must be from 1 to 1000: " + res);
        }
        Threshold threshold = run.config().threshold();
        double span = SeparatingLine.BOX_MAX - SeparatingLine.BOX_MIN;
        int[] out = new int[res * res];
        for (int r = 0; r < res; r++) {
            double x2 = SeparatingLine.BOX_MAX - (r + 0.5) * span / res;
            for (int c = 0; c < res; c++) {
                double x1 = SeparatingLine.BOX_MIN + (c + 0.5) * span / res;
                out[r * res + c] = threshold.output(weights[0] + weights[1] * x1 + weights[2] * x2) == 1 ? 1 : 0;
            }
        }
        return out;
    }
}
