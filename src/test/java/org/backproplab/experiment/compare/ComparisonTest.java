package org.backproplab.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.text.Numbers;
import org.backproplab.experiment.TrainingRun;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static ExperimentState state(String fragment) {
        LinkCodec.Decoded d = LinkCodec.decode(fragment);
        assertEquals(List.of(), d.notices());
        return d.state();
    }

    private static long[] bits(TrainingRun run) {
        long[] out = new long[run.lossHistory().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(run.lossHistory().get(i));
        }
        return out;
    }

    @Test
    void eachRunIsBitIdenticalToTheTrainingRunOfItsOwnState() {
        ExperimentState base = state("v=1&data=linear&n=60&act=tanh&opt=adam&batch=16&epochs=300&target=0.2"
                + "&cmp=lr&cmpv=0.001,0.01,0.1");
        Comparison c = Comparison.plan(base);
        assertEquals(List.of(), c.problems());
        assertEquals(3, c.size());
        while (!c.isFinished()) {
            c.train(7); // uneven slices, as the page trains per animation frame
        }
        String[] values = {"0.001", "0.01", "0.1"};
        for (int i = 0; i < 3; i++) {
            assertEquals(values[i], c.value(i));
            ExperimentState alone = base.copy().with(Fields.RATE, values[i]).with(Fields.TARGET, "0");
            assertEquals(alone, c.run(i).state());
            TrainingRun single = TrainingRun.start(alone);
            single.train(1_000_000);
            assertEquals(300, single.epoch());
            assertArrayEquals(bits(single), bits(c.run(i)), "run " + values[i]);
            // and with the target on, the single run stops at the target: the same losses up to there
            TrainingRun stopping = TrainingRun.start(base.copy().with(Fields.RATE, values[i]));
            stopping.train(1_000_000);
            long[] prefix = java.util.Arrays.copyOf(bits(c.run(i)), stopping.epoch());
            assertArrayEquals(prefix, bits(stopping));
            assertEquals(stopping.status() == TrainingRun.Status.TARGET_REACHED ? stopping.epoch() : 0,
                    c.targetEpoch(i));
        }
    }

    @Test
    void allRunsStartFromTheSameDataAndTheSameInitialWeights() {
        Comparison c = Comparison.plan(state("v=1&cmp=opt&cmpv=sgd,momentum,adam"));
        assertEquals(3, c.size());
        for (int i = 1; i < 3; i++) {
            for (int l = 1; l <= 3; l++) {
                assertArrayEquals(c.run(0).network().weights(l), c.run(i).network().weights(l));
            }
            assertArrayEquals(c.run(0).trainingSet().xs(), c.run(i).trainingSet().xs());
            assertEquals(c.run(0).state().get(Fields.SEED), c.run(i).state().get(Fields.SEED));
        }
    }

    @Test
    void valuesSplitAtSemicolonsWhenThereAreAnyElseAtCommas() {
        assertEquals(List.of("0.01", "0.1", "1"), Comparison.split(" 0.01, 0.1 ,1, "));
        assertEquals(List.of("5,5", "10,10", "15,15"), Comparison.split("5,5; 10,10;15,15;"));
        assertEquals(List.of(), Comparison.split(" ; ;"));
        assertEquals(List.of(), Comparison.split(" , ,"));
    }

    @Test
    void badValuesAreListedAndTheOthersStillRun() {
        Comparison c = Comparison.plan(state("v=1&cmp=lr&cmpv=0.1,abc,-1,0.1,0.5"));
        assertEquals(List.of("Value 2 ('abc'): Learning rate: 'abc' is not a number",
                "Value 3 ('-1'): Learning rate: must be above 0 and at most 100",
                "Value 4 ('0.1'): appears twice; compared once."), c.problems());
        assertEquals(2, c.size());
        assertEquals("0.5", c.value(1));
    }

    @Test
    void valuesThatCantStartSayWhy() {
        Comparison c = Comparison.plan(state("v=1&act=tanh,sigmoid&cmp=h&cmpv=5,5%3B4,4,4"));
        assertEquals(List.of("Value 2 ('4,4,4'): give one hidden activation, or one per hidden layer (3)"),
                c.problems());
        assertEquals(1, c.size());
        assertEquals(List.of("Enter the values to compare, separated by commas (use ';' between values that contain "
                + "commas, like 5,5; 10,10)."), Comparison.plan(state("v=1&cmpv=%20")).problems());
    }

    @Test
    void atMostEightRunsAndAMessageAboutTheRest() {
        Comparison c = Comparison.plan(state("v=1&cmpv=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1"));
        assertEquals(Comparison.MAX_RUNS, c.size());
        assertEquals(List.of("At most 8 runs are compared at once; 2 more values were left out."), c.problems());
    }

    @Test
    void targetEpochIsTheFirstEpochWhoseLossIsAtMostTheTarget() {
        Comparison c = Comparison.plan(state("v=1&epochs=3000&target=0.05&cmpv=0.1,1"));
        while (!c.isFinished()) {
            c.train(250);
        }
        for (int i = 0; i < c.size(); i++) {
            int first = 0;
            for (int e = 0; e < c.run(i).lossHistory().size(); e++) {
                if (c.run(i).lossHistory().get(e) <= 0.05) {
                    first = e + 1;
                    break;
                }
            }
            assertTrue(first > 0, "both rates reach 0.05 within 3000 epochs");
            assertEquals(first, c.targetEpoch(i));
            assertEquals(3000, c.run(i).epoch(), "runs go on past the target");
        }
    }

    @Test
    void tableRowsFormatEveryNumberThroughTheFormatter() {
        Comparison c = Comparison.plan(state("v=1&epochs=400&target=0.05&cmp=act&cmpv=identity,relu"));
        while (!c.isFinished()) {
            c.train(100);
        }
        assertArrayEquals(new String[] {"Hidden activation", "Epochs", "Final loss", "Final accuracy",
            "Epoch loss ≤ 0.05"}, ComparisonTable.header(c));
        TrainingRun identity = c.run(0);
        assertArrayEquals(new String[] {"identity", "400", Numbers.general(identity.lossHistory().last(), 4),
            Numbers.fixed(100 * identity.accuracyHistory().last(), 1) + " %", "—"}, ComparisonTable.row(c, 0));
        assertEquals(Integer.toString(c.targetEpoch(1)), ComparisonTable.row(c, 1)[4]);
        assertTrue(c.targetEpoch(1) > 0);
    }

    @Test
    void regressionTablesShowValidationLossAndNoAccuracy() {
        Comparison c = Comparison.plan(state("v=1&data=runge&n=50&val=0.2&h=8&act=tanh&out=identity&loss=mse"
                + "&opt=adam&lr=0.01&epochs=20&cmp=batch&cmpv=0,8"));
        c.train(20);
        // issue 25: no accuracy column for a curve, no target column without a target: they were all "—"
        assertArrayEquals(new String[] {"Batch size (0 = full batch)", "Epochs", "Final loss", "Validation loss"},
                ComparisonTable.header(c));
        String[] row = ComparisonTable.row(c, 1);
        assertArrayEquals(new String[] {"8", "20", Numbers.general(c.run(1).lossHistory().last(), 4),
            Numbers.general(c.run(1).validationLossHistory().last(), 4)}, row);
        assertEquals("2 runs from the same seed", ComparisonTable.runs(c));
    }

    /** Issue 25: a seed study says the seed varies, and a curve's table has no empty columns. */
    @Test
    void aSeedStudySaysEachRunHasItsOwnSeed() {
        Comparison c = Comparison.plan(state("v=1&data=runge&n=50&h=8&act=tanh&out=identity&loss=mse&opt=adam"
                + "&lr=0.01&epochs=10&target=0.01&cmp=seed&cmpv=1,2,3,4"));
        c.train(10);
        assertEquals("4 runs, each from its own seed", ComparisonTable.runs(c));
        assertArrayEquals(new String[] {"Seed", "Epochs", "Final loss", "Epoch loss ≤ 0.01"}, ComparisonTable.header(c));
        for (int i = 0; i < 4; i++) {
            assertEquals(ComparisonTable.header(c).length, ComparisonTable.row(c, i).length);
            assertEquals(c.targetEpoch(i) > 0 ? Integer.toString(c.targetEpoch(i)) : "—", ComparisonTable.row(c, i)[3]);
        }
        // two different seeds give two different runs: the seed really varies
        assertTrue(c.run(0).lossHistory().last() != c.run(1).lossHistory().last());
        assertEquals("1 run", ComparisonTable.runs(Comparison.plan(state("v=1&cmp=seed&cmpv=7"))));
    }

    @Test
    void divergedRunsSayWhen() {
        Comparison c = Comparison.plan(state("v=1&data=runge&n=50&h=10&act=tanh&out=identity&loss=mse&opt=sgd"
                + "&epochs=200&cmpv=0.01,20"));
        while (!c.isFinished()) {
            c.train(50);
        }
        assertEquals(TrainingRun.Status.DIVERGED, c.run(1).status());
        assertEquals("diverged at epoch " + c.run(1).epoch(), ComparisonTable.row(c, 1)[2]);
        assertEquals(TrainingRun.Status.FINISHED, c.run(0).status());
    }

    @Test
    void theBaseSummaryLeavesOutTheVariedSetting() {
        assertEquals("Dataset: xor_easy · Hidden layers: 10,10 · Hidden activation: sigmoid · Output activation: sigmoid"
                + " · Loss: bce · Optimizer: momentum · Momentum: 0.9 · Batch size (0 = full batch): 0 · Initial weights:"
                + " xavier · Stop after epochs: 5000 · Seed: 1", ComparisonTable.base(state("v=1")));
        assertTrue(!ComparisonTable.base(state("v=1&cmp=act")).contains("Hidden activation"));
    }

    /** Input features can be compared: the circle with no hidden layer on x1, x2 and on x1², x2², side by side. */
    @Test
    void inputFeaturesAreComparedRunByRun() {
        Comparison c = Comparison.plan(state("v=2&data=circle&h=&epochs=300&cmp=feat&cmpv=x1,x2%3B%20x1sq,x2sq"));
        assertEquals(java.util.List.of(), c.problems());
        assertEquals(2, c.size());
        while (!c.isFinished()) {
            c.train(50);
        }
        assertEquals(2, c.run(0).network().width(0));
        assertEquals("x1sq,x2sq", c.run(1).features().ids());
        assertTrue(c.run(0).accuracyHistory().last() < 0.7, "x1, x2: " + c.run(0).accuracyHistory().last());
        assertEquals(1.0, c.run(1).accuracyHistory().last());
    }
}
