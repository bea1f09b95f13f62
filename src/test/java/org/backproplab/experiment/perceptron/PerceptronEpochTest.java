package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The perceptron after one epoch, as the page's epoch slider shows it. */
class PerceptronEpochTest {
    private static final PerceptronRun COURSE_DEFAULT = Perceptron.run(PerceptronConfig.of(TruthTable.MAJORITY3));

    @Test
    void epochZeroIsTheInitialWeights() {
        PerceptronEpoch initial = PerceptronEpoch.of(COURSE_DEFAULT, 0);
        assertArrayEquals(new double[] {0.6, 0.6, 0.6, 0.6}, initial.weights());
        assertEquals("initial weights 0.60 0.60 0.60 0.60", initial.caption());
    }

    @Test
    void captionGivesThePrintedWeightsAndTheMistakesDuringTheEpoch() {
        // Reference P1, default run: 3 errors in epoch 1, none in epoch 4.
        assertEquals("after epoch 1: weights -0.00 0.40 0.40 0.40; 3 mistakes (updates) during the epoch",
                PerceptronEpoch.of(COURSE_DEFAULT, 1).caption());
        assertEquals("after epoch 4: weights -0.40 0.40 0.40 0.20; 0 mistakes (updates) during the epoch",
                PerceptronEpoch.of(COURSE_DEFAULT, 4).caption());
    }

    @Test
    void samplesAreClassifiedByTheWeightsAfterTheEpochInVisitingOrder() {
        // After epoch 1 the weights are w0 = 0.6 - 2·0.1·3 mistakes (in float64 -5.55e-17) and w1 = w2 = w3 = 0.4 (just
        // under, 0.39999999999999997): s = w0 for 000, so y = -1; every other row has s ≈ 0.4·(ones) > 0, so y = +1.
        // Majority's target is +1 for two or more ones: the three rows with a single 1 are wrong.
        List<PerceptronEpoch.Sample> samples = PerceptronEpoch.of(COURSE_DEFAULT, 1).samples();
        assertEquals(List.of("100", "101", "001", "010", "000", "011", "110", "111"),
                samples.stream().map(PerceptronEpoch.Sample::pattern).toList());
        assertEquals(List.of(-1, 1, -1, -1, -1, 1, 1, 1), samples.stream().map(PerceptronEpoch.Sample::target).toList());
        assertEquals(List.of(1, 1, 1, 1, -1, 1, 1, 1), samples.stream().map(PerceptronEpoch.Sample::output).toList());
        assertEquals(-5.551115123125783e-17, samples.get(4).sum());
        assertEquals(3, PerceptronEpoch.of(COURSE_DEFAULT, 1).misclassified());
        assertEquals(0, PerceptronEpoch.of(COURSE_DEFAULT, 3).misclassified(), "the weights stop changing in epoch 3");
    }

    @Test
    void aSumThatRoundsToZeroIsShownInScientificNotation() {
        assertEquals("-5.55e-17", PerceptronEpoch.formatSum(-5.551115123125783e-17));
        assertEquals("4.00e-03", PerceptronEpoch.formatSum(0.004));
        assertEquals("0.00", PerceptronEpoch.formatSum(0));
        assertEquals("0.40", PerceptronEpoch.formatSum(0.39999999999999997));
        assertEquals("-1.20", PerceptronEpoch.formatSum(-1.2));
    }

    @Test
    void valuesAreShownInTheRunsConvention() {
        PerceptronEpoch bipolar = PerceptronEpoch.of(COURSE_DEFAULT, 0);
        assertEquals("+1", bipolar.formatValue(1));
        assertEquals("-1", bipolar.formatValue(-1));
        PerceptronEpoch binary =
                PerceptronEpoch.of(Perceptron.run(PerceptronConfig.of(TruthTable.OR).withThreshold(Threshold.BINARY)), 0);
        assertEquals("1", binary.formatValue(1));
        assertEquals("0", binary.formatValue(0));
    }

    @Test
    void gridOutputsFollowTheThresholdConventionOnTheLine() {
        // AND with w = (-1.5, 1, 1) is already right, so the weights never change. Grid 3 × 3 over [-0.25, 1.25]²:
        // cell centres at 0, 0.5, 1 on both axes, top row x2 = 1. s = -1.5 + x1 + x2 is 0 at (0.5, 1) and (1, 0.5),
        // which fire only when the convention fires at 0; s = 0.5 at (1, 1).
        PerceptronConfig and = PerceptronConfig.of(TruthTable.AND).withInitialWeights(-1.5, 1, 1).withEpochs(1);
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0},
                PerceptronEpoch.of(Perceptron.run(and), 1).outputsOnGrid(3));
        assertArrayEquals(new int[] {0, 1, 1, 0, 0, 1, 0, 0, 0},
                PerceptronEpoch.of(Perceptron.run(and.withThreshold(Threshold.BIPOLAR_GE)), 1).outputsOnGrid(3));
        assertEquals("converged: first epoch with zero errors is 1 (the initial weights already classify every sample)",
                Perceptron.run(and).summary());
    }

    @Test
    void regionsAndLinesAreOnlyForTwoInputs() {
        assertThrows(IllegalStateException.class, () -> PerceptronEpoch.of(COURSE_DEFAULT, 1).outputsOnGrid(10));
        assertThrows(IllegalStateException.class, () -> PerceptronEpoch.of(COURSE_DEFAULT, 1).separatingLine());
    }
}
