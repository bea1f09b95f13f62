package org.backproplab.experiment;

import org.backproplab.text.Numbers;
import org.backproplab.data.Dataset;
import org.backproplab.data.Split;
import org.backproplab.engine.Activation;
import org.backproplab.engine.FeatureMap;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Network;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Rng;
import org.backproplab.engine.Schedule;
import org.backproplab.engine.Trainer;

/**
 * One experiment being trained: the data, the network, the trainer and the per-epoch history, all derived
 * from an {@link ExperimentState}. The same state always gives the same run, epoch by epoch and bit by bit.
 *
 * <p>Two seeds, two generators: the data seed draws the data (so changing the network never changes the
 * points), the run seed draws the initial weights and then the mini-batch orders.
 */
public final class TrainingRun {
    /** Why training stopped, or that it may go on. */
    public enum Status {
        READY, FINISHED, TARGET_REACHED, DIVERGED
    }

    /**
     * A run has diverged when its training loss is not finite, a weight is not finite, or the loss has grown past
     * this many times its first epoch's loss (past this number itself when that loss was below 1): twelve orders of
     * magnitude is no plateau or bump a run comes back from, only an overflow that has not happened yet (the default
     * network with an identity output at η = 1.02 reached a training loss of 2e172 in 5000 epochs, never ∞).
     */
    public static final double DIVERGENCE_GROWTH = 1e12;

    private ExperimentState state;
    private final Dataset train;
    private final Dataset validation;
    private final Dataset test;
    /** The input features in front of the first layer, or null when the network sees the data's inputs as they are. */
    private final FeatureMap features;
    /** The three splits as the network sees them: their features (the same objects without features). */
    private final Dataset trainInputs;
    private final Dataset validationInputs;
    private final Dataset testInputs;
    private final boolean classification;
    private final Network net;
    private final Loss loss;
    private Trainer trainer;
    private Optimizer optimizer;
    /** The optimizer in force before the changes at {@link #changedAt}: those changes are made again from it. */
    private Optimizer beforeChange;
    private int changedAt = -1;
    private java.util.List<ChangeList.Change> changes;
    private int nextChange;
    private final int maxEpochs;
    private final double targetLoss;
    private final DoubleList lossHistory = new DoubleList();
    private final DoubleList accuracyHistory = new DoubleList();
    private final DoubleList validationLossHistory = new DoubleList();
    private final DoubleList validationAccuracyHistory = new DoubleList();
    private final DoubleList testLossHistory = new DoubleList();
    private final DoubleList testAccuracyHistory = new DoubleList();
    private Status status = Status.READY;

    private TrainingRun(ExperimentState state) {
        this.state = state.copy();
        Dataset all = DatasetCatalog.build(state);
        Split split = Split.of(all, state.get(Fields.VALIDATION), state.get(Fields.TEST), new Rng(~state.get(
                Fields.DATA_SEED)));
        this.train = split.train();
        this.validation = split.validation();
        Dataset grid = DatasetCatalog.testGrid(state);
        this.test = grid != null ? grid : split.test();
        this.classification = DatasetCatalog.isClassification(state.get(Fields.DATA));
        FeatureMap map = InputFeatures.of(state, all.inputDim());
        this.features = map == null || map.isIdentity() ? null : map;
        this.trainInputs = featured(train);
        this.validationInputs = featured(validation);
        this.testInputs = featured(test);
        this.loss = Loss.byId(state.get(Fields.LOSS));
        if (loss == Loss.SOFTMAX_CE && all.outputDim() < 2) {
            throw new IllegalArgumentException("softmax cross-entropy needs two or more outputs; use bce for one");
        }
        this.net = NetworkShape.build(state, features == null ? all.inputDim() : features.size(), all.outputDim());
        if (loss == Loss.BCE) {
            checkProbabilityOutputs(net);
        }
        Rng rng = new Rng(state.get(Fields.SEED));
        Initializer.Kind init = Initializer.Kind.byId(state.get(Fields.INIT));
        if (init == Initializer.Kind.EXPLICIT) {
            net.setWeights(WeightsText.parse(state.get(Fields.WEIGHTS), net));
        } else {
            Initializer.initialize(net, init, state.get(Fields.INIT_A), state.get(Fields.INIT_B), rng);
        }
        this.optimizer = newOptimizer(state);
        this.trainer = new Trainer(net, loss, optimizer, schedule(state), state.get(Fields.BATCH), state.get(Fields.L1),
                state.get(Fields.L2), classification, rng);
        this.changes = ChangeList.of(state);
        this.maxEpochs = state.get(Fields.EPOCHS);
        this.targetLoss = state.get(Fields.TARGET);
    }

    private Dataset featured(Dataset d) {
        return features == null ? d : d.withInputs(features.applyAll(d.xs(), d.size()), features.size());
    }

    private static Optimizer newOptimizer(ExperimentState s) {
        return new Optimizer(Optimizer.Kind.byId(s.get(Fields.OPTIMIZER)), s.get(Fields.MOMENTUM), s.get(Fields.BETA1),
                s.get(Fields.BETA2), s.get(Fields.EPSILON), s.get(Fields.RHO));
    }

    private static Schedule schedule(ExperimentState s) {
        return new Schedule(Schedule.Kind.byId(s.get(Fields.SCHEDULE)), s.get(Fields.RATE), s.get(Fields.GAMMA),
                s.get(Fields.EVERY));
    }

    /**
     * Applies the items of the change list that take effect at the current epoch, between two epochs: the network,
     * its weights and the generator go on; the optimizer goes on with its state under new settings, or starts afresh
     * when its kind changed. Made again from the optimizer in force before this epoch's changes, so that changes
     * made one by one at an epoch (on the page) train as the same changes read from a link.
     */
    private void applyDueChanges(boolean force) {
        int epoch = trainer.epoch();
        boolean due = false;
        while (nextChange < changes.size() && changes.get(nextChange).epoch() <= epoch) {
            due = true;
            nextChange++;
        }
        if (!due && !force) {
            return;
        }
        if (changedAt != epoch) {
            beforeChange = optimizer;
            changedAt = epoch;
        }
        ExperimentState now = ChangeList.at(state, epoch);
        Optimizer.Kind kind = Optimizer.Kind.byId(now.get(Fields.OPTIMIZER));
        optimizer = kind == beforeChange.kind() ? beforeChange.retuned(now.get(Fields.MOMENTUM), now.get(Fields.BETA1),
                now.get(Fields.BETA2), now.get(Fields.EPSILON), now.get(Fields.RHO)) : newOptimizer(now);
        trainer = trainer.continueWith(optimizer, schedule(now), now.get(Fields.BATCH), now.get(Fields.L1),
                now.get(Fields.L2));
    }

    /**
     * Goes on with the change list of {@code changed} (its other fields are not read: the run's own experiment stays,
     * and the page's own settings, such as the pace, may differ), from the current epoch: the items at this epoch take
     * effect before the next one. Items before this epoch must be the ones already trained with.
     */
    public void continueWith(ExperimentState changed) {
        java.util.List<ChangeList.Change> list = ChangeList.of(changed);
        int epoch = trainer.epoch();
        int next = 0;
        while (next < list.size() && list.get(next).epoch() < epoch) {
            next++;
        }
        state = state.copy().with(Fields.CHANGES, changed.text(Fields.CHANGES));
        changes = list;
        nextChange = next;
        applyDueChanges(true); // also when an item at this epoch went away: made again from the optimizer before it
    }

    /** The run the experiment describes, at epoch 0; throws IllegalArgumentException with a readable message. */
    public static TrainingRun start(ExperimentState state) {
        return new TrainingRun(state);
    }

    /**
     * Cross-entropy reads each output as a probability, which only sigmoid units guarantee: any other output leaves
     * (0, 1), where −ln y is clamped flat, and near 0 or 1 its gradient 1/(y(1 − y)) explodes without σ′ to cancel it.
     */
    private static void checkProbabilityOutputs(Network net) {
        int last = net.layerCount();
        for (int j = 0; j < net.width(last); j++) {
            Activation a = net.activation(last, j);
            if (a != Activation.SIGMOID) {
                throw new IllegalArgumentException("cross-entropy (bce) reads each output as a probability, so the"
                        + " output units must be sigmoid, and output unit " + (j + 1) + " is " + a.id()
                        + ": choose sigmoid outputs, or the loss mse");
            }
        }
    }

    /** Trains up to {@code epochs} more epochs, stopping early at the epoch limit, the target loss or divergence. */
    public int train(int epochs) {
        int done = 0;
        while (done < epochs && !isStopped()) {
            applyDueChanges(false);
            Trainer.Evaluation e = trainer.trainEpoch(trainInputs.xs(), trainInputs.ys(), trainInputs.size());
            lossHistory.add(e.loss());
            accuracyHistory.add(e.accuracy());
            if (validation.size() > 0) {
                Trainer.Evaluation v = trainer.evaluate(validationInputs.xs(), validationInputs.ys(),
                        validationInputs.size());
                validationLossHistory.add(v.loss());
                validationAccuracyHistory.add(v.accuracy());
            }
            if (test.size() > 0) {
                // Recorded for the learning curves only: nothing in training looks at the test split.
                Trainer.Evaluation t = trainer.evaluate(testInputs.xs(), testInputs.ys(), testInputs.size());
                testLossHistory.add(t.loss());
                testAccuracyHistory.add(t.accuracy());
            }
            done++;
            if (!Double.isFinite(e.loss()) || !weightsFinite() || lossHasExploded()) {
                status = Status.DIVERGED;
            } else if (targetLoss > 0 && e.loss() <= targetLoss) {
                status = Status.TARGET_REACHED;
            } else if (trainer.epoch() >= maxEpochs) {
                status = Status.FINISHED;
            }
        }
        return done;
    }

    /** Whether the last loss is past {@link #DIVERGENCE_GROWTH} times the first (or times 1, if that was less). */
    private boolean lossHasExploded() {
        return lossHistory.last() > DIVERGENCE_GROWTH * Math.max(1, lossHistory.get(0));
    }

    private boolean weightsFinite() {
        for (int l = 1; l <= net.layerCount(); l++) {
            for (double w : net.weights(l)) {
                if (!Double.isFinite(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether training has stopped for good (limit, target or divergence). */
    public boolean isStopped() {
        return status != Status.READY;
    }

    /** Why training stopped, or READY. */
    public Status status() {
        return status;
    }

    /**
     * Trains sample by sample instead of with the batched kernels (the same bits, slower), for the benchmark to time
     * the two side by side; see {@link org.backproplab.engine.Trainer#sampleBySample}.
     */
    public TrainingRun sampleBySample() {
        trainer.sampleBySample(true);
        return this;
    }

    /** Epochs trained so far. */
    public int epoch() {
        return trainer.epoch();
    }

    /** The loss of each epoch so far. */
    public DoubleList lossHistory() {
        return lossHistory;
    }

    /** The accuracy of each epoch so far (NaN for regression). */
    public DoubleList accuracyHistory() {
        return accuracyHistory;
    }

    /** The validation loss after each epoch (empty without a validation split). */
    public DoubleList validationLossHistory() {
        return validationLossHistory;
    }

    /** The validation accuracy after each epoch (empty without a validation split; NaN for regression). */
    public DoubleList validationAccuracyHistory() {
        return validationAccuracyHistory;
    }

    /** The test loss after each epoch (empty without a test split). */
    public DoubleList testLossHistory() {
        return testLossHistory;
    }

    /** The test accuracy after each epoch (empty without a test split; NaN for regression). */
    public DoubleList testAccuracyHistory() {
        return testAccuracyHistory;
    }

    /** The epoch limit this run stops at. */
    public int maxEpochs() {
        return maxEpochs;
    }

    /** The training loss this run stops at, or 0 when there is none. */
    public double targetLoss() {
        return targetLoss;
    }

    /**
     * A short line on where training stands: what will stop it while it runs, and why it stopped once it has
     * (the epoch limit, the target loss with the loss that met it, or divergence).
     */
    public String describeStatus() {
        String target = state.text(Fields.TARGET);
        String limit = maxEpochs + (maxEpochs == 1 ? " epoch" : " epochs");
        switch (status) {
            case FINISHED:
                return "stopped at the epoch limit: " + limit;
            case TARGET_REACHED:
                return "reached the target loss at epoch " + epoch() + ": training loss "
                        + Numbers.general(lossHistory.last(), 6) + " ≤ " + target;
            case DIVERGED:
                double last = lossHistory.last();
                if (Double.isFinite(last) && weightsFinite()) {
                    return "diverged at epoch " + epoch() + ": training loss " + Numbers.general(last, 2)
                            + ", more than 10¹² times the first epoch's — try a smaller learning rate";
                }
                return "diverged at epoch " + epoch() + " — try a smaller learning rate";
            default:
                return "stops after " + limit + (targetLoss > 0 ? " or at training loss ≤ " + target : "");
        }
    }

    /** Loss and accuracy of the current weights on the test split (NaN when it is empty). */
    public Trainer.Evaluation testEvaluation() {
        return trainer.evaluate(testInputs.xs(), testInputs.ys(), testInputs.size());
    }

    /** The network being trained (live). */
    public Network network() {
        return net;
    }

    /** The input features in front of the first layer ({@link FeatureMap#RAW} when there are none). */
    public FeatureMap features() {
        return features == null ? FeatureMap.RAW : features;
    }

    /** Whether the network sees input features other than the data's inputs as they are. */
    public boolean hasFeatures() {
        return features != null;
    }

    /** One split ("train", "validation" or "test") as the network sees it: its inputs' features, same targets. */
    public Dataset inputsOf(Dataset split) {
        if (split == train) {
            return trainInputs;
        }
        if (split == validation) {
            return validationInputs;
        }
        if (split == test) {
            return testInputs;
        }
        return featured(split);
    }

    /** The training samples (the data's own inputs: for plotting; the network sees {@link #inputsOf}). */
    public Dataset trainingSet() {
        return train;
    }

    /** The validation samples (possibly empty). */
    public Dataset validationSet() {
        return validation;
    }

    /** The test samples (possibly empty). */
    public Dataset testSet() {
        return test;
    }

    /** Whether the data are classes (accuracy, boundary) rather than a curve. */
    public boolean isClassification() {
        return classification;
    }

    /** The experiment this run was started from (a copy). */
    public ExperimentState state() {
        return state.copy();
    }
}
