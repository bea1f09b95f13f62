package org.backproplab.experiment.compare;

import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Fields;
import org.backproplab.text.Numbers;
import org.backproplab.experiment.ShareFields;
import org.backproplab.experiment.TrainingRun;

/** The comparison's results as the page shows them: one row per run, every number through {@link Numbers}. */
public final class ComparisonTable {
    /** Shown where a value doesn't exist (no target reached, regression accuracy). */
    public static final String NONE = "—";

    private ComparisonTable() {
    }

    /** The column headings. */
    public static String[] header(Comparison c) {
        String target = c.target() > 0 ? "Epoch loss ≤ " + Numbers.general(c.target(), 6)
                : "Epoch loss ≤ target (no target set)";
        if (hasValidation(c)) {
            return new String[] {c.parameter().label(), "Epochs", "Final loss", "Final accuracy", "Validation loss",
                target};
        }
        return new String[] {c.parameter().label(), "Epochs", "Final loss", "Final accuracy", target};
    }

    /** Run i's row, matching {@link #header}. */
    public static String[] row(Comparison c, int i) {
        TrainingRun run = c.run(i);
        String loss;
        if (run.status() == TrainingRun.Status.DIVERGED) {
            loss = "diverged at epoch " + run.epoch();
        } else {
            loss = run.epoch() == 0 ? NONE : Numbers.general(run.lossHistory().last(), 4);
        }
        double acc = run.accuracyHistory().last();
        String accuracy = Double.isNaN(acc) ? NONE : Numbers.fixed(100 * acc, 1) + " %";
        String reached = c.targetEpoch(i) > 0 ? Integer.toString(c.targetEpoch(i)) : NONE;
        String epochs = Integer.toString(run.epoch());
        if (hasValidation(c)) {
            double v = run.validationLossHistory().last();
            return new String[] {c.value(i), epochs, loss, accuracy, Double.isNaN(v) ? NONE : Numbers.general(v, 4),
                reached};
        }
        return new String[] {c.value(i), epochs, loss, accuracy, reached};
    }

    /**
     * The settings every run shares, as "Dataset: xor_easy · Hidden layers: 10,10 · …", leaving out the one
     * being varied.
     */
    public static String base(ExperimentState state) {
        String varied = state.get(ShareFields.COMPARE);
        StringBuilder sb = new StringBuilder();
        for (Field<?> f : new Field<?>[] {Fields.DATA, Fields.HIDDEN, Fields.ACTIVATION, Fields.OUTPUT, Fields.LOSS,
            Fields.OPTIMIZER, Fields.RATE, Fields.MOMENTUM, Fields.BATCH, Fields.INIT, Fields.L2, Fields.EPOCHS,
            Fields.SEED}) {
            if (f.key().equals(varied) || (f == Fields.MOMENTUM && !usesMomentum(state, varied))
                    || (f == Fields.L2 && !state.isSet(Fields.L2) && !varied.equals("l2"))) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " · ").append(f.label()).append(": ").append(state.text(f));
        }
        return sb.toString();
    }

    private static boolean usesMomentum(ExperimentState state, String varied) {
        String opt = state.get(Fields.OPTIMIZER);
        return varied.equals("opt") || opt.equals("momentum") || opt.equals("nesterov");
    }

    private static boolean hasValidation(Comparison c) {
        return c.size() > 0 && c.run(0).validationSet().size() > 0;
    }
}
