package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static List<String> shownSums(PerceptronEpoch epoch) {
        return epoch.samples().stream().map(epoch::formatSum).toList();
    }

    private static final String ROUNDING_NOTE = "0.00 (…): s is zero up to rounding. By hand it is exactly 0; the"
            + " computer's weights are off by rounding errors far below the 2 decimals shown, and y follows the sign of"
            + " the s the computer gets.";

    @Test
    void aSumThatIsZeroButForRoundingReadsAsZeroWithItsSignBesideAndAFootnote() {
        // AND after 20 epochs: w = -0.40 0.40 0.20 as printed, so by hand s = -0.40 + 0.40 = 0 for row 10; in float64
        // w0 and w1 are sums of steps of 0.1 and s = -1.11e-16.
        PerceptronRun and = Perceptron.run(PerceptronConfig.of(TruthTable.AND));
        PerceptronEpoch last = PerceptronEpoch.of(and, 20);
        assertEquals(-1.1102230246251565e-16, last.samples().get(2).sum());
        assertEquals(List.of("-0.40", "-0.20", "0.00 (-1.1e-16)", "0.20"), shownSums(last));
        assertEquals(ROUNDING_NOTE, last.roundingNote());
        // majority, epoch 1: w0 = 0.6 − 6 · 0.1 is -5.55e-17, the whole sum of row 000
        assertEquals("0.00 (-5.6e-17)", shownSums(PerceptronEpoch.of(COURSE_DEFAULT, 1)).get(4));
        assertEquals("", PerceptronEpoch.of(COURSE_DEFAULT, 0).roundingNote(), "no such sum for the initial weights");
        // a sum that is small but truly not 0 (typed weights 0.004, -1, -1) keeps its own value and gets no footnote
        PerceptronEpoch small = PerceptronEpoch.of(Perceptron.run(PerceptronConfig.of(TruthTable.AND)
                .withInitialWeights(0.004, -1, -1)), 0);
        assertEquals("4.00e-03", shownSums(small).get(0));
        assertEquals("", small.roundingNote());
    }

    @Test
    void theFootnoteSaysWhereTheSignOfTheRoundingGivesAnotherOutputThanZeroWould() {
        // XOR with y = +1 if s ≥ 0 from weights 0.3: after epoch 3 row 10 has s = 0 by hand, which fires, but the
        // computed s is a hair below 0, so the perceptron outputs -1 there
        PerceptronEpoch epoch = PerceptronEpoch.of(Perceptron.run(PerceptronConfig.of(TruthTable.XOR)
                .withThreshold(Threshold.BIPOLAR_GE).withInitialWeight(0.3).withEpochs(30)), 3);
        PerceptronEpoch.Sample row10 = epoch.samples().stream().filter(s -> s.pattern().equals("10")).findFirst()
                .orElseThrow();
        assertTrue(row10.sum() < 0 && row10.sum() > -1e-15, "s = " + row10.sum());
        assertEquals(-1, row10.output());
        assertEquals(ROUNDING_NOTE + " For row 10 that gives y = -1, where s = 0 exactly gives +1.", epoch.roundingNote());
    }

    @Test
    void aRunThatStopsJustBeforeConvergingSaysItsFinalWeightsAreRight() {
        // AND from the defaults has its last mistakes in epoch 3 and none in epoch 4: stopped after 3 epochs
        PerceptronRun three = Perceptron.run(PerceptronConfig.of(TruthTable.AND).withEpochs(3));
        assertEquals(0, PerceptronEpoch.of(three, 3).misclassified());
        assertEquals("does not converge: still " + three.errorsIn(3) + (three.errorsIn(3) == 1 ? " error" : " errors")
                + " (updates) during epoch 3; its final weights classify every row correctly, so epoch 4 would have"
                + " none", three.summary());
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
