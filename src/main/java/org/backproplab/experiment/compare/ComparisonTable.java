package org.backproplab.experiment.compare;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The column headings: the value, epochs and final loss; the final accuracy only for classes (a curve has none),
     * the validation loss only with a validation split, the epoch the target was reached only when one is set.
     */
    public static String[] header(Comparison c) {
        List<String> out = new ArrayList<>(List.of(c.parameter().label(), "Epochs", "Final loss"));
        if (isClassification(c)) {
            out.add("Final accuracy");
        }
        if (hasValidation(c)) {
            out.add("Validation loss");
        }
        if (c.target() > 0) {
            out.add("Epoch loss ≤ " + Numbers.general(c.target(), 6));
        }
        return out.toArray(new String[0]);
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
        List<String> out = new ArrayList<>(List.of(c.value(i), Integer.toString(run.epoch()), loss));
        if (isClassification(c)) {
            double acc = run.accuracyHistory().last();
            out.add(Double.isNaN(acc) ? NONE : Numbers.fixed(100 * acc, 1) + " %");
        }
        if (hasValidation(c)) {
            double v = run.validationLossHistory().last();
            out.add(Double.isNaN(v) ? NONE : Numbers.general(v, 4));
        }
        if (c.target() > 0) {
            out.add(c.targetEpoch(i) > 0 ? Integer.toString(c.targetEpoch(i)) : NONE);
        }
        return out.toArray(new String[0]);
    }

    /**
     * The runs in words, for the line under the chart: "3 runs from the same seed", or when the seed is what varies,
     * "3 runs, each from its own seed".
     */
    public static String runs(Comparison c) {
        int n = c.size();
        if (c.parameter() == Fields.SEED) {
            return n == 1 ? "1 run" : n + " runs, each from its own seed";
        }
        return n + (n == 1 ? " run" : " runs") + " from the same seed";
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

    private static boolean isClassification(Comparison c) {
        return c.size() > 0 && c.run(0).isClassification();
    }

    private static boolean hasValidation(Comparison c) {
        return c.size() > 0 && c.run(0).validationSet().size() > 0;
    }
}
