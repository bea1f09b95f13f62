package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronComparisonTest {
    @Test
    void courseCasesReportTheCourseConvergenceEpochs() {
        List<PerceptronComparison.Row> rows = PerceptronComparison.courseCases(PerceptronConfig.of(TruthTable.MAJORITY3));
        // The last three rows are reference case P1. The first was computed independently (Python floats, same
        // rule and order); note that exact rational arithmetic would end at -0.15 0.13 0.15 0.13: sums that are 0
        // in exact arithmetic come out as tiny negatives in float64 and decide differently.
        assertEquals(List.of(
                new PerceptronComparison.Row(0.01, 0.25, 7, 6, "-0.17 0.13 0.13 0.13"),
                new PerceptronComparison.Row(0.01, 0.6, 15, 14, "-0.34 0.32 0.34 0.34"),
                new PerceptronComparison.Row(0.1, 0.25, 7, 6, "-0.55 0.45 0.45 0.25"),
                new PerceptronComparison.Row(0.1, 0.6, 4, 3, "-0.40 0.40 0.40 0.20")), rows);
    }

    @Test
    void comparisonKeepsTheBaseTableOrderAndConvention() {
        PerceptronConfig base = PerceptronConfig.of(TruthTable.XOR).withEpochs(50).withThreshold(Threshold.BINARY);
        List<PerceptronComparison.Row> rows = PerceptronComparison.run(base, new double[] {0.5}, new double[] {0, 1});
        assertEquals(2, rows.size());
        for (PerceptronComparison.Row row : rows) {
            assertEquals(-1, row.firstEpochWithZeroErrors());
            assertEquals(50, row.lastEpochWithUpdate());
        }
        PerceptronRun direct = Perceptron.run(base.withLearningRate(0.5).withInitialWeight(1));
        assertEquals(direct.logLine(50), "epoch = 50, weights = " + rows.get(1).finalWeights());
    }
}
