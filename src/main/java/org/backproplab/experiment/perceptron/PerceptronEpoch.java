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
    /** The gap between 1 and the next double, 2⁻⁵²; a literal, as TeaVM 0.15's Math.ulp(1.0) gives 1.9e-93. */
    private static final double EPSILON = 0x1.0p-52;

    private final PerceptronRun run;
    private final int epoch;
    private final double[] weights;
    private double roundingBound = -1; // see roundingBound(); computed on first use

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
        return looksZero(s) && s != 0 ? Numbers.sci(s, 2) : Numbers.fixed(s, PerceptronRun.LOG_DECIMALS);
    }

    private static boolean looksZero(double s) {
        String fixed = Numbers.fixed(s, PerceptronRun.LOG_DECIMALS);
        return fixed.equals("0.00") || fixed.equals("-0.00");
    }

    /**
     * A row's weighted sum as the table shows it: {@link #formatSum}, except that a sum which is 0 but for the run's
     * rounding reads "0.00 (-1.1e-16)", which {@link #roundingNote()} explains. A student adding the printed
     * weights gets exactly 0 there, and a bare -1.11e-16 beside weights of two decimals reads as a mistake of theirs;
     * the tiny value stays in view because its sign is what decides y.
     */
    public String formatSum(Sample sample) {
        double s = sample.sum();
        return zeroUpToRounding(s) ? Numbers.fixed(0, PerceptronRun.LOG_DECIMALS) + " (" + Numbers.sci(s, 1) + ")"
                : formatSum(s);
    }

    /** True when {@code s} is not 0 but no farther from it than the rounding the run can have made. */
    boolean zeroUpToRounding(double s) {
        return s != 0 && looksZero(s) && Math.abs(s) <= roundingBound();
    }

    /**
     * A footnote for the table when some sum is {@link #zeroUpToRounding zero up to rounding}, "" otherwise: what the
     * tiny number is, and, where its sign gives another y than an exact 0 would, which rows that changes.
     */
    public String roundingNote() {
        List<String> rows = new ArrayList<>();
        boolean any = false;
        int atZero = run.config().threshold().output(0);
        int flipped = 0;
        for (Sample sample : samples()) {
            if (zeroUpToRounding(sample.sum())) {
                any = true;
                if (sample.output() != atZero) {
                    rows.add(sample.pattern());
                    flipped = sample.output();
                }
            }
        }
        if (!any) {
            return "";
        }
        String note = "0.00 (…): s is zero up to rounding. By hand it is exactly 0; the computer's weights are off by"
                + " rounding errors far below the " + PerceptronRun.LOG_DECIMALS + " decimals shown, and y follows the"
                + " sign of the s the computer gets.";
        if (rows.isEmpty()) {
            return note;
        }
        return note + " For " + (rows.size() == 1 ? "row " : "rows ") + String.join(", ", rows) + " that gives y = "
                + formatValue(flipped) + ", where s = 0 exactly gives " + formatValue(atZero) + ".";
    }

    /**
     * An upper bound on how far a weighted sum of these weights can be from the same sum in exact arithmetic on
     * the typed decimals, so that a sum within it may honestly be called zero. Each typed number (η, the initial
     * weights) is off by at most ε·|value| once read; each update adds a step of η·(t − y), |t − y| ≤ 2, exact but for
     * η's own error, to a weight no larger than the largest weight at the end of the previous epoch plus 2η per update
     * since, and rounds the result by at most ε times that; the sum of n + 1 weights then rounds by at most n·ε of
     * its terms. A bound over the run's whole history, not an estimate: it is far above the actual error, yet in
     * runs like the course's (η = 0.1, weights below 1, 20 epochs: about 1e-14) far below the 0.005 that 0.00 covers.
     */
    double roundingBound() {
        if (roundingBound >= 0) {
            return roundingBound;
        }
        double eps = EPSILON;
        double eta = run.config().learningRate();
        double weightError = largest(run.weightsAfter(0)) * eps;
        for (int e = 1; e <= epoch; e++) {
            int updates = run.errorsIn(e);
            double reach = 2 * eta * updates + largest(run.weightsAfter(e - 1));
            weightError += (eta + reach) * eps * updates;
        }
        double terms = 0;
        for (double w : weights) {
            terms += Math.abs(w);
        }
        int n = weights.length;
        roundingBound = weightError * n + terms * eps * n;
        return roundingBound;
    }

    private static double largest(double[] w) {
        double max = 0;
        for (double v : w) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
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
