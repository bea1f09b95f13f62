package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Network;
import org.backproplab.engine.Trainer;
import org.backproplab.engine.Loss;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    @Test
    void twoClassesSplitAtOneHalf() {
        Network net = Network.uniform(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, true);
        net.setWeights(new double[][] {{0, 1}}); // y = x
        // x:      0.2  0.7  0.9  0.1  0.6  0.5
        // label:  0    0    1    1    1    1
        // class:  0    1    1    0    1    1   (y ≥ 0.5 is class 1)
        Dataset d = Dataset.classification("hand", 1, new double[] {0.2, 0.7, 0.9, 0.1, 0.6, 0.5},
                new int[] {0, 0, 1, 1, 1, 1}, 2);
        ConfusionMatrix m = ConfusionMatrix.of(net, d);
        assertEquals(2, m.classes());
        assertEquals(1, m.count(0, 0));
        assertEquals(1, m.count(0, 1));
        assertEquals(1, m.count(1, 0));
        assertEquals(3, m.count(1, 1));
        assertEquals(6, m.total());
        assertEquals(4, m.correct());
    }

    @Test
    void threeClassesUseTheArgMaxAndTheFirstOfEqualMaxima() {
        Network net = Network.uniform(new int[] {1, 3}, new Activation[] {Activation.IDENTITY}, true);
        net.setWeights(new double[][] {{0, 1, 0.5, 1, -1, 0}}); // outputs x, 1 − x, 0.5
        // x = 0.9 → (0.9, 0.1, 0.5) class 0; 0.1 → class 1; 0.5 → all equal, class 0; 0.45 → (0.45, 0.55, 0.5) class 1
        Dataset d = Dataset.classification("hand3", 1, new double[] {0.9, 0.1, 0.5, 0.45}, new int[] {0, 1, 2, 2}, 3);
        ConfusionMatrix m = ConfusionMatrix.of(net, d);
        assertEquals(3, m.classes());
        int[][] expected = {{1, 0, 0}, {0, 1, 0}, {1, 1, 0}};
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(expected[a][p], m.count(a, p), "actual " + a + ", predicted " + p);
            }
        }
        assertEquals(2, m.correct());
    }

    @Test
    void diagonalAgreesWithTheTrainersAccuracyOnEverySplit() {
        TrainingRun run = TrainingRun.start(LinkCodec.decode("data=moons&n=200&noise=0.1&val=0.2&test=0.2&h=6"
                + "&act=tanh&epochs=50").state());
        run.train(50);
        for (Dataset d : new Dataset[] {run.trainingSet(), run.validationSet(), run.testSet()}) {
            ConfusionMatrix m = ConfusionMatrix.of(run.network(), d);
            Trainer.Evaluation e = Trainer.evaluate(run.network(), Loss.BCE, true, d.xs(), d.ys(), d.size());
            assertEquals(d.size(), m.total());
            assertEquals(e.accuracy(), (double) m.correct() / m.total(), 1e-15);
        }
    }
}
