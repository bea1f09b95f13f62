package org.backproplab.experiment.perceptron;

import java.util.ArrayList;
import java.util.List;

/** Side-by-side runs of one table, order and convention under several learning rates and initial weights. */
public final class PerceptronComparison {
    private static final double[] COURSE_LEARNING_RATES = {0.01, 0.1};
    private static final double[] COURSE_INITIAL_WEIGHTS = {0.25, 0.6};

    private PerceptronComparison() {
    }

    /**
     * One compared run.
     *
     * @param learningRate             η of the run
     * @param initialWeight            the value every initial weight had
     * @param firstEpochWithZeroErrors see {@link PerceptronRun#firstEpochWithZeroErrors()}; -1 when none
     * @param lastEpochWithUpdate      see {@link PerceptronRun#lastEpochWithUpdate()}
     * @param finalWeights             the final weights as the course prints them ("-0.40 0.40 0.40 0.20")
     */
    public record Row(double learningRate, double initialWeight, int firstEpochWithZeroErrors,
            int lastEpochWithUpdate, String finalWeights) {
    }

    /** One row per (η, initial weight) pair, η in the outer loop, everything else taken from {@code base}. */
    public static List<Row> run(PerceptronConfig base, double[] learningRates, double[] initialWeights) {
        List<Row> rows = new ArrayList<>(learningRates.length * initialWeights.length);
        for (double eta : learningRates) {
            for (double w : initialWeights) {
                PerceptronRun run = Perceptron.run(base.withLearningRate(eta).withInitialWeight(w));
                rows.add(new Row(eta, w, run.firstEpochWithZeroErrors(), run.lastEpochWithUpdate(),
                        PerceptronRun.formatWeights(run.finalWeights())));
            }
        }
        return rows;
    }

    /** The course's comparison: η ∈ {0.01, 0.1} × initial weight ∈ {0.25, 0.6}. */
    public static List<Row> courseCases(PerceptronConfig base) {
        return run(base, COURSE_LEARNING_RATES, COURSE_INITIAL_WEIGHTS);
    }
}
