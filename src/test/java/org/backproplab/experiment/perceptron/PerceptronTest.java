package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTest {
    private static final PerceptronConfig MAJORITY = PerceptronConfig.of(TruthTable.MAJORITY3);

    @Test
    void defaultRunPrintsTheCourseTableDigitForDigit() {
        // As printed in the course (reference README, P1): three changing epochs, then unchanged.
        List<String> lines = Perceptron.run(MAJORITY).logLines();
        assertEquals(20, lines.size());
        assertEquals("epoch = 1, weights = -0.00 0.40 0.40 0.40", lines.get(0));
        assertEquals("epoch = 2, weights = -0.40 0.20 0.40 0.20", lines.get(1));
        assertEquals("epoch = 3, weights = -0.40 0.40 0.40 0.20", lines.get(2));
        for (int epoch = 4; epoch <= 20; epoch++) {
            assertEquals("epoch = " + epoch + ", weights = -0.40 0.40 0.40 0.20", lines.get(epoch - 1));
        }
    }

    @Test
    void smallRateStepsDownEveryEpochUntilEpochFourteen() {
        PerceptronRun run = Perceptron.run(MAJORITY.withLearningRate(0.01));
        assertEquals("epoch = 1, weights = 0.52 0.58 0.58 0.58", run.logLine(1));
        assertEquals("epoch = 2, weights = 0.44 0.56 0.56 0.56", run.logLine(2));
        assertEquals("epoch = 13, weights = -0.32 0.34 0.34 0.34", run.logLine(13));
        for (int epoch = 14; epoch <= 20; epoch++) {
            assertEquals("epoch = " + epoch + ", weights = -0.34 0.32 0.34 0.34", run.logLine(epoch));
        }
        assertEquals(14, run.lastEpochWithUpdate());
    }

    @Test
    void smallInitialWeightsConvergeAtEpochSix() {
        PerceptronRun run = Perceptron.run(MAJORITY.withInitialWeight(0.25));
        String[] printed = {"-0.15 0.05 0.25 0.25", "-0.15 0.05 0.45 0.25", "-0.35 0.05 0.45 0.25",
            "-0.35 0.25 0.45 0.45", "-0.55 0.25 0.45 0.25", "-0.55 0.45 0.45 0.25"};
        for (int i = 0; i < printed.length; i++) {
            assertEquals("epoch = " + (i + 1) + ", weights = " + printed[i], run.logLine(i + 1));
        }
        assertEquals("epoch = 20, weights = -0.55 0.45 0.45 0.25", run.logLine(20));
        assertEquals(6, run.lastEpochWithUpdate());
        assertEquals(7, run.firstEpochWithZeroErrors());
    }

    @Test
    void summarySaysWhenTheWeightsSettled() {
        assertEquals("converged: first epoch with zero errors is 4 (weights last changed in epoch 3)",
                Perceptron.run(MAJORITY).summary());
    }

    @Test
    void separableGatesConvergeAndThenClassifyEveryRow() {
        // Epochs computed independently (Python floats, same rule and order): {first zero-error, last update}.
        TruthTable[] tables = {TruthTable.AND, TruthTable.OR, TruthTable.NAND, TruthTable.NOR};
        int[][] epochs = {{4, 3}, {4, 3}, {9, 8}, {7, 6}};
        for (int t = 0; t < tables.length; t++) {
            TruthTable table = tables[t];
            PerceptronRun run = Perceptron.run(PerceptronConfig.of(table));
            assertTrue(run.converged(), table.name());
            assertEquals(epochs[t][0], run.firstEpochWithZeroErrors(), table.name());
            assertEquals(epochs[t][1], run.lastEpochWithUpdate(), table.name());
            assertEquals(0, run.errorsIn(run.epochs()), table.name());
            double[] w = run.finalWeights();
            for (int row = 0; row < table.rowCount(); row++) {
                double s = w[0] + w[1] * table.input(row, 1) + w[2] * table.input(row, 2);
                assertEquals(table.target(row) == 1, s > 0, table.name() + " row " + table.pattern(row));
            }
        }
    }

    @Test
    void xorDoesNotConvergeInAHundredEpochs() {
        PerceptronRun run = Perceptron.run(PerceptronConfig.of(TruthTable.XOR).withEpochs(100));
        assertFalse(run.converged());
        assertEquals(-1, run.firstEpochWithZeroErrors());
        for (int epoch = 1; epoch <= 100; epoch++) {
            assertTrue(run.errorsIn(epoch) > 0, "epoch " + epoch);
        }
        assertEquals(100, run.lastEpochWithUpdate());
        // 4 mistakes while epoch 100 runs, 2 rows wrong for the weights it ends with: the summary names each count
        assertEquals(2, PerceptronEpoch.of(run, 100).misclassified());
        assertEquals("does not converge: still 4 errors (updates) during epoch 100; its final weights misclassify 2 of"
                + " the 4 rows", run.summary());
    }

    @Test
    void initialWeightsThatAlreadySeparateAreNeverUpdated() {
        PerceptronRun run = Perceptron.run(PerceptronConfig.of(TruthTable.AND).withInitialWeights(-1.5, 1, 1));
        assertEquals(1, run.firstEpochWithZeroErrors());
        assertEquals(0, run.lastEpochWithUpdate());
        assertArrayEquals(new double[] {-1.5, 1, 1}, run.finalWeights());
        assertEquals("converged: first epoch with zero errors is 1 (the initial weights already classify every sample)",
                run.summary());
    }

    @Test
    void thresholdConventionsDifferOnlyWhereTheSumIsExactlyZero() {
        // All weights 0: every sum in the first samples is exactly 0. ">" says -1 (right for 00, 01, 10, wrong for
        // 11); ">=" says +1 (wrong for 00, then -0.2 for 01 and 10, wrong again for 11).
        PerceptronConfig zero = PerceptronConfig.of(TruthTable.AND).withInitialWeight(0).withEpochs(1);
        PerceptronRun strict = Perceptron.run(zero);
        PerceptronRun firesAtZero = Perceptron.run(zero.withThreshold(Threshold.BIPOLAR_GE));
        assertEquals(1, strict.errorsIn(1));
        assertArrayEquals(new double[] {0.2, 0.2, 0.2}, strict.finalWeights());
        assertEquals(2, firesAtZero.errorsIn(1));
        assertArrayEquals(new double[] {0, 0.2, 0.2}, firesAtZero.finalWeights());
    }

    @Test
    void binaryTargetsTakeHalfTheStepOfBipolarTargets() {
        for (TruthTable table : TruthTable.builtIns()) {
            PerceptronConfig bipolar = PerceptronConfig.of(table).withLearningRate(0.3).withInitialWeight(0.1);
            PerceptronRun expected = Perceptron.run(bipolar);
            PerceptronRun doubled = Perceptron.run(bipolar.withThreshold(Threshold.BINARY).withLearningRate(0.6));
            PerceptronRun same = Perceptron.run(bipolar.withThreshold(Threshold.BINARY));
            for (int epoch = 1; epoch <= expected.epochs(); epoch++) {
                assertArrayEquals(expected.weightsAfter(epoch), doubled.weightsAfter(epoch), table + " epoch " + epoch);
                assertEquals(expected.errorsIn(epoch), doubled.errorsIn(epoch));
            }
            assertNotEquals(expected.logLine(1), same.logLine(1), table.name());
        }
    }

    @Test
    void epochZeroHoldsTheInitialWeightsAndResultsAreCopies() {
        PerceptronRun run = Perceptron.run(MAJORITY);
        assertArrayEquals(new double[] {0.6, 0.6, 0.6, 0.6}, run.weightsAfter(0));
        run.weightsAfter(1)[0] = 42;
        run.finalWeights()[0] = 42;
        assertEquals("epoch = 1, weights = -0.00 0.40 0.40 0.40", run.logLine(1));
        assertEquals(-0.4000000000000001, run.finalWeights()[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> run.weightsAfter(21));
        assertThrows(IndexOutOfBoundsException.class, () -> run.errorsIn(0));
        assertThrows(IndexOutOfBoundsException.class, () -> run.logLine(0));
    }

    @Test
    void configRefusesValuesARunCannotUse() {
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withLearningRate(-0.1));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withLearningRate(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withInitialWeights(0.1, 0.2, 0.3));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withInitialWeight(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withEpochs(PerceptronConfig.MAX_EPOCHS + 1));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withOrder(TruthTable.AND.defaultOrder()));
        assertThrows(IllegalArgumentException.class, () -> MAJORITY.withThreshold(null));
        assertEquals(PerceptronConfig.MAX_EPOCHS, MAJORITY.withEpochs(PerceptronConfig.MAX_EPOCHS).epochs());
    }

    @Test
    void configIsImmutable() {
        double[] weights = {0.1, 0.2, 0.3, 0.4};
        PerceptronConfig config = MAJORITY.withInitialWeights(weights);
        weights[0] = 9;
        config.initialWeights()[1] = 9;
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, config.initialWeights());
        assertEquals(0.1, MAJORITY.withLearningRate(0.5).withLearningRate(0.1).learningRate());
        assertEquals(PerceptronConfig.DEFAULT_LEARNING_RATE, MAJORITY.learningRate());
        assertEquals(Threshold.BIPOLAR, MAJORITY.threshold());
        assertEquals(20, MAJORITY.epochs());
    }

    @Test
    void separatingLineOfALearnedAndGateLeavesOnlyElevenOnItsPositiveSide() {
        PerceptronRun run = Perceptron.run(PerceptronConfig.of(TruthTable.AND));
        SeparatingLine line = run.separatingLine().orElseThrow();
        // Final AND weights (-0.4, 0.4, 0.2): 0.4·x1 + 0.2·x2 = 0.4 crosses the box edges x2 = 1.25 and x2 = -0.25.
        assertEquals(0.375, line.x1Start(), 1e-15);
        assertEquals(1.25, line.x2Start());
        assertEquals(1.125, line.x1End(), 1e-15);
        assertEquals(-0.25, line.x2End());
        assertThrows(IllegalStateException.class, () -> Perceptron.run(MAJORITY).separatingLine());
    }
}
