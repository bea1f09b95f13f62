package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Network;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Rng;
import org.backproplab.engine.Schedule;
import org.backproplab.engine.Trainer;
import org.junit.jupiter.api.Test;

class ChangeListTest {
    private static ExperimentState state(String fragment) {
        LinkCodec.Decoded d = LinkCodec.decode(fragment);
        assertEquals(List.of(), d.notices());
        return d.state();
    }

    private static List<Long> bits(TrainingRun run) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < run.lossHistory().size(); i++) {
            out.add(Double.doubleToRawLongBits(run.lossHistory().get(i)));
        }
        return out;
    }

    private static List<Long> replay(String fragment) {
        TrainingRun run = TrainingRun.start(state(fragment));
        run.train(1_000_000);
        return bits(run);
    }

    @Test
    void aReplayedChangeEqualsTrainingThenChangingByHand() {
        String base = "v=1&data=xor_easy&h=6&act=tanh&opt=momentum&lr=0.1&batch=4&epochs=60&seed=7";
        TrainingRun run = TrainingRun.start(state(base));
        Dataset d = run.trainingSet();
        // the run's own start, by hand: same network, same initial weights, same generator
        ExperimentState s = state(base);
        Network net = NetworkShape.build(s, d.inputDim(), d.outputDim());
        Rng rng = new Rng(7);
        Initializer.initialize(net, Initializer.Kind.XAVIER, -0.5, 0.5, rng);
        Optimizer momentum = new Optimizer(Optimizer.Kind.MOMENTUM, 0.9, 0.9, 0.999, 1e-7, 0.9);
        List<Long> hand = new ArrayList<>();
        double[][] phases = {{0.1, 4}, {2, 4}, {2, 1}}; // η and batch of epochs 1–20, 21–40, 41–60
        for (double[] p : phases) {
            Trainer t = new Trainer(net, Loss.BCE, momentum, new Schedule(Schedule.Kind.CONSTANT, p[0], 0.5, 1000),
                    (int) p[1], 0, 0, true, rng);
            for (int e = 0; e < 20; e++) {
                hand.add(Double.doubleToRawLongBits(t.trainEpoch(d.xs(), d.ys(), d.size()).loss()));
            }
        }
        assertEquals(hand, replay(base + "&chg=20:lr:2,40:batch:1"));
        assertNotEquals(hand, replay(base), "the changes change the run");
    }

    @Test
    void anOptimizerSwitchStartsTheNewOptimizerFreshFromTheCurrentWeights() {
        String base = "v=1&data=moons&n=40&h=5&opt=momentum&lr=0.1&epochs=30&seed=3";
        TrainingRun run = TrainingRun.start(state(base));
        Dataset d = run.trainingSet();
        Network net = NetworkShape.build(state(base), d.inputDim(), d.outputDim());
        Rng rng = new Rng(3);
        Initializer.initialize(net, Initializer.Kind.XAVIER, -0.5, 0.5, rng);
        Trainer t = new Trainer(net, Loss.BCE, new Optimizer(Optimizer.Kind.MOMENTUM, 0.9, 0.9, 0.999, 1e-7, 0.9),
                new Schedule(Schedule.Kind.CONSTANT, 0.1, 0.5, 1000), 0, 0, 0, true, rng);
        List<Long> hand = new ArrayList<>();
        for (int e = 0; e < 30; e++) {
            if (e == 10) {
                t = new Trainer(net, Loss.BCE, new Optimizer(Optimizer.Kind.ADAM, 0.9, 0.9, 0.999, 1e-7, 0.9),
                        new Schedule(Schedule.Kind.CONSTANT, 0.01, 0.5, 1000), 0, 0, 0, true, rng);
            }
            hand.add(Double.doubleToRawLongBits(t.trainEpoch(d.xs(), d.ys(), d.size()).loss()));
        }
        assertEquals(hand, replay(base + "&chg=10:opt:adam,10:lr:0.01"));
    }

    @Test
    void changesMadeOneByOneWhileTrainingEqualTheReplayedLink() {
        String base = "v=1&data=spiral&n=60&h=8,8&opt=momentum&lr=0.05&batch=10&sched=step&gamma=0.5&every=15&epochs=80";
        ExperimentState s = state(base);
        TrainingRun live = TrainingRun.start(s);
        live.train(25);
        // at epoch 25: η up, then the optimizer to Adam, then back to momentum (its velocity goes on), μ down
        s = ChangeList.record(s, 25, Fields.RATE, "0.2");
        live.continueWith(s);
        s = ChangeList.record(s, 25, Fields.OPTIMIZER, "adam");
        live.continueWith(s);
        s = ChangeList.record(s, 25, Fields.OPTIMIZER, "momentum");
        live.continueWith(s);
        s = ChangeList.record(s, 25, Fields.MOMENTUM, "0.5");
        live.continueWith(s);
        live.train(25);
        s = ChangeList.record(s, 50, Fields.OPTIMIZER, "rmsprop");
        live.continueWith(s);
        s = ChangeList.record(s, 50, Fields.L2, "0.01");
        live.continueWith(s);
        live.train(1000);
        assertEquals("25:lr:0.2,25:mom:0.5,50:opt:rmsprop,50:l2:0.01", s.text(Fields.CHANGES));
        assertEquals(80, live.epoch());
        assertEquals(bits(live), replay(LinkCodec.encode(s)));
        assertEquals("η 0.05 → 0.2, μ 0.9 → 0.5", ChangeList.label(s, 25));
        assertEquals("optimizer momentum → rmsprop, λ₂ 0 → 0.01", ChangeList.label(s, 50));
    }

    @Test
    void aChangeBeforeLaterItemsDropsThemAndAChangeBackToTheOldValueIsLeftOut() {
        ExperimentState s = state("v=1&lr=0.1&chg=10:lr:1,20:lr:2,30:batch:4");
        s = ChangeList.record(s, 15, Fields.RATE, "3");
        assertEquals("10:lr:1,15:lr:3", s.text(Fields.CHANGES));
        s = ChangeList.record(s, 15, Fields.RATE, "1");
        assertEquals("10:lr:1", s.text(Fields.CHANGES));
        assertEquals("1", ChangeList.at(s, 15).text(Fields.RATE));
        assertEquals("0.1", ChangeList.at(s, 9).text(Fields.RATE));
        assertEquals("", ChangeList.at(s, 9).text(Fields.CHANGES));
        assertThrows(IllegalArgumentException.class, () -> ChangeList.record(state("v=1"), 5, Fields.HIDDEN, "3"));
    }

    @Test
    void theListIsKeptInOneSpellingAndOldLinksMeanWhatTheyMeant() {
        ExperimentState s = state("v=2&chg=%2020:opt:adam%20,%2030:%20lr%20:2.50");
        assertEquals("20:opt:adam,30:lr:2.50", s.text(Fields.CHANGES));
        assertEquals("v=2&chg=20:opt:adam,30:lr:2.50", LinkCodec.encode(s));
        assertEquals(replay("v=1&epochs=50"), replay("v=1&epochs=50&chg="), "no list is no change");
        assertEquals(replay("v=1&epochs=50"), replay("v=1&epochs=50&chg=60:lr:0.5"), "a change past the end");
        assertEquals(replay("v=1&epochs=50&lr=0.1"), replay("v=1&epochs=50&chg=20:lr:0.1"), "a change to the same");
    }

    @Test
    void badListsAreRefusedItemByItemWithAMessageAndTheOldListStays() {
        ExperimentState s = state("v=1&chg=10:lr:2");
        String[][] cases = {
            {"10-lr-2", "Changes during training: change 1 ('10-lr-2'): write it as epoch:setting:value, for example"
                + " 300:lr:2"},
            {"10:lr:2,x:lr:3", "Changes during training: change 2 ('x:lr:3'): the epoch must be a whole number from 1"
                + " to 1000000"},
            {"0:lr:2", "Changes during training: change 1 ('0:lr:2'): the epoch must be a whole number from 1 to"
                + " 1000000"},
            {"10:h:3", "Changes during training: change 1 ('10:h:3'): 'h' can't change during a run; these can: opt,"
                + " lr, mom, b1, b2, eps, rho, sched, gamma, every, batch, l1, l2"},
            {"10:opt:adamx", "Changes during training: change 1 ('10:opt:adamx'): Optimizer: 'adamx' is not one of"
                + " sgd, momentum, nesterov, adagrad, rmsprop, adam"},
            {"10:lr:-1", "Changes during training: change 1 ('10:lr:-1'): Learning rate: must be above 0 and at most"
                + " 100"},
            {"20:lr:2,10:lr:3", "Changes during training: change 2 ('10:lr:3'): changes must be in epoch order (10"
                + " comes after 20)"},
            {"10:lr:2,10:lr:3", "Changes during training: change 2 ('10:lr:3'): lr changes twice at epoch 10"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], s.set(Fields.CHANGES, c[0]), c[0]);
            assertEquals("10:lr:2", s.text(Fields.CHANGES), "the old list stays after " + c[0]);
        }
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= ChangeList.MAX_ITEMS + 1; i++) {
            many.append(i == 1 ? "" : ",").append(i).append(":lr:1");
        }
        assertTrue(s.set(Fields.CHANGES, many.toString()).startsWith("Changes during training: at most"));
        assertNull(ChangeList.check(""));
    }

    @Test
    void aLinkWithABadListOpensWithANoticeAndTheRestOfItsSettings() {
        LinkCodec.Decoded d = LinkCodec.decode("#v=1&lr=0.5&chg=10:seed:3&h=4");
        assertEquals(List.of("Changes during training: change 1 ('10:seed:3'): 'seed' can't change during a run;"
                + " these can: opt, lr, mom, b1, b2, eps, rho, sched, gamma, every, batch, l1, l2 — the default was"
                + " kept."), d.notices());
        assertEquals("0.5", d.state().text(Fields.RATE));
        assertEquals("4", d.state().text(Fields.HIDDEN));
        assertEquals("", d.state().text(Fields.CHANGES));
    }
}
