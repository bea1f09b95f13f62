package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Trainer;
import org.backproplab.text.Numbers;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    private static TrainingRun run(String fragment) {
        return TrainingRun.start(LinkCodec.decode(fragment).state());
    }

    @Test
    void targetLossStopsAtTheFirstEpochAtOrBelowIt() {
        TrainingRun run = run("target=0.5&epochs=100000");
        assertEquals("stops after 100000 epochs or at training loss ≤ 0.5", run.describeStatus());
        run.train(1_000_000);
        assertEquals(TrainingRun.Status.TARGET_REACHED, run.status());
        int n = run.lossHistory().size();
        assertEquals(run.epoch(), n);
        double last = run.lossHistory().get(n - 1);
        assertTrue(last <= 0.5, "last loss " + last);
        for (int i = 0; i < n - 1; i++) {
            assertTrue(run.lossHistory().get(i) > 0.5, "epoch " + (i + 1) + " was already at the target");
        }
        assertEquals("reached the target loss at epoch " + n + ": training loss " + Numbers.general(last, 6)
                + " ≤ 0.5", run.describeStatus());
        assertEquals(0, run.train(10), "a stopped run trains no more");
    }

    @Test
    void crossEntropyNeedsSigmoidOutputsAndSaysWhichUnitIsNot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("out=identity"));
        assertEquals("cross-entropy (bce) reads each output as a probability, so the output units must be sigmoid,"
                + " and output unit 1 is identity: choose sigmoid outputs, or the loss mse", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run("out=tanh&loss=bce"));
        // a per-unit override of the output layer counts too (the default network is 2-10-10-1: layer 3)
        e = assertThrows(IllegalArgumentException.class, () -> run("data=spiral&units=3.1%3Dtanh"));
        assertTrue(e.getMessage().contains("output unit 1 is tanh"), e.getMessage());
        assertEquals(3, run("units=2.1%3Dtanh").train(3), "a hidden unit may be anything");
        // the same networks train under the squared error, and sigmoid outputs under cross-entropy
        assertEquals(3, run("out=identity&loss=mse").train(3));
        assertEquals(3, run("out=sigmoid&loss=bce").train(3));
    }

    @Test
    void aTestGridIsTheTrueCurveAtEquallySpacedPointsAndIsRecordedEveryEpoch() {
        TrainingRun run = run("data=runge&n=40&noise=0.1&tgrid=101&h=6&act=tanh&out=identity&loss=mse&epochs=3");
        Dataset test = run.testSet();
        assertEquals(101, test.size());
        for (int i = 0; i <= 100; i++) {
            double x = test.xs()[i];
            assertEquals(-1 + i / 50.0, x, 1e-15);
            assertEquals(1 / (1 + 25 * x * x), test.ys()[i], 1e-15, "no noise on the test grid"); // Runge's f
        }
        assertEquals(40, run.trainingSet().size(), "the grid comes in addition to the training points");
        run.train(3);
        assertEquals(3, run.testLossHistory().size());
        assertEquals(Trainer.evaluate(run.network(), Loss.MSE, false, test.xs(), test.ys(), 101).loss(),
                run.testLossHistory().last(), 0);
    }

    @Test
    void aTestGridNeedsACurveAndNoTestFraction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("tgrid=100"));
        assertEquals("Test points on a grid (0 = none): only a curve (runge, sin, abs, step or formula) can be"
                + " sampled on a grid", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("data=sin&out=identity&loss=mse&tgrid=50&test=0.2"));
        assertEquals("Test points on a grid (0 = none): the grid replaces the test fraction: set one of them to 0",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run("data=sin&out=identity&loss=mse&tgrid=1"));
        TrainingRun formula = run("data=formula&f=x*x&out=identity&loss=mse&tgrid=3");
        assertArrayEquals(new double[] {1, 0, 1}, formula.testSet().ys(), 0);
    }

    @Test
    void epochLimitStopsAndSaysSo() {
        TrainingRun run = run("epochs=7");
        assertEquals("stops after 7 epochs", run.describeStatus());
        assertEquals(5, run.train(5));
        assertEquals(TrainingRun.Status.READY, run.status());
        assertEquals(2, run.train(5));
        assertEquals(TrainingRun.Status.FINISHED, run.status());
        assertEquals("stopped at the epoch limit: 7 epochs", run.describeStatus());
    }

    @Test
    void hugeLearningRateDivergesAndSaysSo() {
        TrainingRun run = run("data=runge&out=identity&loss=mse&opt=sgd&lr=100&h=20&act=relu&init=normal&ib=3");
        run.train(1000);
        assertEquals(TrainingRun.Status.DIVERGED, run.status());
        // this one jumps past 10¹² times its first loss at once, not yet to ∞; one that overflows says only that
        assertEquals("diverged at epoch " + run.epoch() + ": training loss " + Numbers.general(run.lossHistory().last(),
                2) + ", more than 10¹² times the first epoch's — try a smaller learning rate", run.describeStatus());
        TrainingRun overflow = run("h=&out=identity&loss=mse&opt=sgd&lr=100&init=explicit&w=1e150;1e150;1e150");
        overflow.train(1000);
        assertTrue(!Double.isFinite(overflow.lossHistory().last()), "" + overflow.lossHistory().last());
        assertEquals("diverged at epoch " + overflow.epoch() + " — try a smaller learning rate",
                overflow.describeStatus());
    }

    /**
     * Issue 25: the default sigmoid network with an identity output at η = 1.02 grows its loss to 2e172 by its
     * 5000th epoch without reaching ∞; it is stopped as diverged once past 10¹² times its first loss.
     */
    @Test
    void aLossGrowingByTwelveOrdersOfMagnitudeIsDivergence() {
        TrainingRun run = run("out=identity&loss=mse&opt=sgd&lr=1.02");
        run.train(5000);
        assertEquals(TrainingRun.Status.DIVERGED, run.status());
        DoubleList loss = run.lossHistory();
        double bound = TrainingRun.DIVERGENCE_GROWTH * Math.max(1, loss.get(0));
        // it stopped at the first epoch past the bound, every epoch before it within
        assertTrue(Double.isFinite(loss.last()) && loss.last() > bound, loss.last() + " vs " + bound);
        for (int i = 0; i < loss.size() - 1; i++) {
            assertTrue(loss.get(i) <= bound, "epoch " + (i + 1) + ": " + loss.get(i));
        }
        assertTrue(run.epoch() < 5000, "stopped before the epoch limit: " + run.epoch());
        assertEquals("diverged at epoch " + run.epoch() + ": training loss " + Numbers.general(loss.last(), 2)
                + ", more than 10¹² times the first epoch's — try a smaller learning rate", run.describeStatus());
        // the same network at η = 1 ends 600 times above its first loss, within the bound: it runs to its epoch limit
        TrainingRun slower = run("out=identity&loss=mse&opt=sgd&lr=1");
        slower.train(5000);
        assertEquals(TrainingRun.Status.FINISHED, slower.status());
    }

    @Test
    void testCurveRecordsTheTestLossAfterEveryEpoch() {
        TrainingRun run = run("data=linear&test=0.25&val=0.25&h=4&epochs=30");
        run.train(30);
        assertEquals(30, run.testLossHistory().size());
        assertEquals(30, run.testAccuracyHistory().size());
        assertEquals(30, run.validationLossHistory().size());
        assertEquals(25, run.testSet().size());
        // after the last epoch the weights are those testEvaluation() sees
        assertEquals(run.testEvaluation().loss(), run.testLossHistory().last(), 0);
        assertEquals(run.testEvaluation().accuracy(), run.testAccuracyHistory().last(), 0);
    }

    @Test
    void noTestSplitRecordsNoTestCurve() {
        TrainingRun run = run("epochs=3");
        run.train(3);
        assertEquals(0, run.testLossHistory().size());
        assertEquals(0, run.validationLossHistory().size());
    }
}
