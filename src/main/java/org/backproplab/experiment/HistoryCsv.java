package org.backproplab.experiment;

import org.backproplab.text.ExactDecimal;

/** A run's per-epoch history as CSV, each number written so that it reads back to the same double. */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    /**
     * "epoch,loss[,accuracy][,validation_loss[,validation_accuracy]]" and one row per epoch; accuracy columns
     * only for classification, validation columns only with a validation split.
     */
    public static String write(TrainingRun run) {
        boolean acc = run.isClassification();
        boolean val = run.validationSet().size() > 0;
        StringBuilder out = new StringBuilder("epoch,loss");
        if (acc) {
            out.append(",accuracy");
        }
        if (val) {
            out.append(",validation_loss");
            if (acc) {
                out.append(",validation_accuracy");
            }
        }
        out.append('\n');
        for (int i = 0; i < run.lossHistory().size(); i++) {
            out.append(i + 1).append(',').append(cell(run.lossHistory().get(i)));
            if (acc) {
                out.append(',').append(cell(run.accuracyHistory().get(i)));
            }
            if (val) {
                out.append(',').append(cell(run.validationLossHistory().get(i)));
                if (acc) {
                    out.append(',').append(cell(run.validationAccuracyHistory().get(i)));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : ExactDecimal.of(v);
    }
}
