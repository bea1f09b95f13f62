package org.backproplab.experiment;

import org.backproplab.text.ExactDecimal;

/** A run's per-epoch history as CSV, each number written so that it reads back to the same double. */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    /**
     * "epoch,loss[,accuracy][,validation_loss[,validation_accuracy]][,test_loss[,test_accuracy]]" and one row per
     * epoch; accuracy columns only for classification, validation and test columns only with those splits (a test
     * fraction or a curve's test grid), as the command line prints them.
     */
    public static String write(TrainingRun run) {
        boolean acc = run.isClassification();
        boolean val = run.validationSet().size() > 0;
        boolean test = run.testSet().size() > 0;
        StringBuilder out = new StringBuilder("epoch");
        header(out, "", acc);
        if (val) {
            header(out, "validation_", acc);
        }
        if (test) {
            header(out, "test_", acc);
        }
        out.append('\n');
        for (int i = 0; i < run.lossHistory().size(); i++) {
            out.append(i + 1);
            cells(out, run.lossHistory(), run.accuracyHistory(), i, acc);
            if (val) {
                cells(out, run.validationLossHistory(), run.validationAccuracyHistory(), i, acc);
            }
            if (test) {
                cells(out, run.testLossHistory(), run.testAccuracyHistory(), i, acc);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void header(StringBuilder out, String split, boolean acc) {
        out.append(',').append(split).append("loss");
        if (acc) {
            out.append(',').append(split).append("accuracy");
        }
    }

    private static void cells(StringBuilder out, DoubleList loss, DoubleList accuracy, int i, boolean acc) {
        out.append(',').append(cell(loss.get(i)));
        if (acc) {
            out.append(',').append(cell(accuracy.get(i)));
        }
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : ExactDecimal.of(v);
    }
}
