package org.backproplab.experiment.perceptron;

import java.util.Arrays;

/**
 * Everything that fixes a perceptron run: table, sample order, learning rate η, initial weights (bias weight w0
 * first), number of epochs and threshold convention. Immutable; each {@code with…} returns a changed copy.
 */
public final class PerceptronConfig {
    /** The most epochs a run may have. */
    public static final int MAX_EPOCHS = 10_000;
    /** Default learning rate: the course's default run (reference case P1). */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** Default value of every initial weight: the course's default run (reference case P1). */
    public static final double DEFAULT_INITIAL_WEIGHT = 0.6;
    /** Default number of epochs: the course prints 20. */
    public static final int DEFAULT_EPOCHS = 20;

    private final TruthTable table;
    private final SampleOrder order;
    private final double learningRate;
    private final double[] initialWeights;
    private final int epochs;
    private final Threshold threshold;

    private PerceptronConfig(TruthTable table, SampleOrder order, double learningRate, double[] initialWeights,
            int epochs, Threshold threshold) {
        this.table = table;
        this.order = order;
        this.learningRate = learningRate;
        this.initialWeights = initialWeights;
        this.epochs = epochs;
        this.threshold = threshold;
    }

    /** The course's defaults on {@code table}: its default order, η = 0.1, all weights 0.6, 20 epochs, BIPOLAR. */
    public static PerceptronConfig of(TruthTable table) {
        double[] weights = new double[table.inputCount() + 1];
        Arrays.fill(weights, DEFAULT_INITIAL_WEIGHT);
        return new PerceptronConfig(table, table.defaultOrder(), DEFAULT_LEARNING_RATE, weights, DEFAULT_EPOCHS,
                Threshold.BIPOLAR);
    }

    /** This configuration visiting the rows in {@code order}, which must be an order of this table's rows. */
    public PerceptronConfig withOrder(SampleOrder order) {
        if (!order.table().sameRowsAs(table)) {
            throw new IllegalArgumentException("the order " + order + " is not an order of the rows of " + table);
        }
        return new PerceptronConfig(table, order, learningRate, initialWeights, epochs, threshold);
    }

    /** This configuration with learning rate η, a finite number greater than 0. */
    public PerceptronConfig withLearningRate(double eta) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("the learning rate must be a finite number above 0: " + eta);
        }
        return new PerceptronConfig(table, order, eta, initialWeights, epochs, threshold);
    }

    /** This configuration with every initial weight, w0 included, equal to {@code w}. */
    public PerceptronConfig withInitialWeight(double w) {
        double[] weights = new double[weightCount()];
        Arrays.fill(weights, w);
        return withInitialWeights(weights);
    }

    /** This configuration with initial weights w0, w1, …, wn: the bias weight first, one per input after it. */
    public PerceptronConfig withInitialWeights(double... weights) {
        if (weights.length != weightCount()) {
            throw new IllegalArgumentException(
                    table + " needs " + weightCount() + " weights (w0 and one per input), not " + weights.length);
        }
        for (double w : weights) {
            if (Double.isNaN(w) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("initial weights must be finite: " + Arrays.toString(weights));
            }
        }
        return new PerceptronConfig(table, order, learningRate, weights.clone(), epochs, threshold);
    }

    /** This configuration running {@code epochs} epochs, from 1 to {@link #MAX_EPOCHS}. */
    public PerceptronConfig withEpochs(int epochs) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be from 1 to " + MAX_EPOCHS + ": " + epochs);
        }
        return new PerceptronConfig(table, order, learningRate, initialWeights, epochs, threshold);
    }

    /** This configuration with another threshold convention. */
    public PerceptronConfig withThreshold(Threshold threshold) {
        if (threshold == null) {
            throw new IllegalArgumentException("threshold must not be null");
        }
        return new PerceptronConfig(table, order, learningRate, initialWeights, epochs, threshold);
    }

    /** The truth table learned. */
    public TruthTable table() {
        return table;
    }

    /** The order the rows are visited in, every epoch. */
    public SampleOrder order() {
        return order;
    }

    /** The learning rate η. */
    public double learningRate() {
        return learningRate;
    }

    /** A copy of the initial weights, w0 first. */
    public double[] initialWeights() {
        return initialWeights.clone();
    }

    /** The number of weights: one per input plus the bias weight w0. */
    public int weightCount() {
        return table.inputCount() + 1;
    }

    /** The number of epochs run. */
    public int epochs() {
        return epochs;
    }

    /** The threshold convention. */
    public Threshold threshold() {
        return threshold;
    }
}
