package org.backproplab.experiment;

import org.backproplab.text.Numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("diverged at epoch " + run.epoch() + " — try a smaller learning rate", run.describeStatus());
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
