package org.backproplab.experiment;

import java.util.List;
import org.backproplab.data.ClassificationData;
import org.backproplab.data.CsvData;
import org.backproplab.data.Curve;
import org.backproplab.data.DataResult;
import org.backproplab.data.Dataset;
import org.backproplab.data.RegressionData;
import org.backproplab.data.Task;
import org.backproplab.engine.Rng;

/**
 * The datasets an experiment can name, built from its data fields. Everything random is drawn from the data
 * seed, so the points stay put when the network or the run seed changes.
 */
public final class DatasetCatalog {
    private static final List<String> CLASSIFICATION = List.of("linear", "xor_easy", "and", "or", "nand", "nor",
            "xor", "xnor", "majority3", "circle", "gaussians", "spiral", "moons", "csv");
    private static final List<String> REGRESSION = List.of("runge", "sin", "abs", "step", "formula", "csv_xy");
    private static final List<String> IDS;

    static {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(CLASSIFICATION);
        all.addAll(REGRESSION);
        IDS = List.copyOf(all);
    }

    private DatasetCatalog() {
    }

    /** Every dataset id, classification sets first. */
    public static List<String> ids() {
        return IDS;
    }

    /** Whether the dataset's targets are classes (accuracy, decision boundary) rather than a curve. */
    public static boolean isClassification(String id) {
        return CLASSIFICATION.contains(id);
    }

    /** The full dataset the experiment names, before any split; IllegalArgumentException says what is wrong. */
    public static Dataset build(ExperimentState state) {
        String id = state.get(Fields.DATA);
        int n = state.get(Fields.POINTS);
        double noise = state.get(Fields.NOISE);
        Rng rng = new Rng(state.get(Fields.DATA_SEED));
        switch (id) {
            case "linear":
                return ClassificationData.linear(n, rng);
            case "xor_easy":
                return ClassificationData.xorEasy();
            case "and":
                return ClassificationData.and();
            case "or":
                return ClassificationData.or();
            case "nand":
                return ClassificationData.nand();
            case "nor":
                return ClassificationData.nor();
            case "xor":
                return ClassificationData.xor();
            case "xnor":
                return ClassificationData.xnor();
            case "majority3":
                return ClassificationData.majority3();
            case "circle":
                return ClassificationData.circle(n, noise, rng);
            case "gaussians":
                return ClassificationData.twoGaussians(n, noise, rng);
            case "spiral":
                return ClassificationData.spiral(n, noise, rng);
            case "moons":
                return ClassificationData.moons(n, noise, rng);
            case "runge":
                return curve(Curve.RUNGE, n, noise, rng);
            case "sin":
                return curve(Curve.SIN_PI, n, noise, rng);
            case "abs":
                return curve(Curve.ABS, n, noise, rng);
            case "step":
                return curve(Curve.STEP, n, noise, rng);
            case "formula":
                return orFail(RegressionData.formula(state.get(Fields.FORMULA), RegressionData.equallySpaced(n), noise,
                        rng), "formula");
            case "csv":
                return orFail(CsvData.parse(state.get(Fields.CSV), Task.CLASSIFICATION), "CSV data");
            case "csv_xy":
                return orFail(CsvData.parse(state.get(Fields.CSV), Task.REGRESSION), "CSV data");
            default:
                throw new IllegalArgumentException("unknown dataset " + id);
        }
    }

    private static Dataset curve(Curve c, int n, double noise, Rng rng) {
        return RegressionData.curve(c, RegressionData.equallySpaced(n), noise, rng);
    }

    private static Dataset orFail(DataResult result, String what) {
        if (result.ok()) {
            return result.dataset();
        }
        if (result.errors().isEmpty()) {
            throw new IllegalArgumentException(what + ": no usable rows");
        }
        throw new IllegalArgumentException(what + ": " + result.errors().get(0)
                + (result.errorCount() > 1 ? " (and " + (result.errorCount() - 1) + " more problems)" : ""));
    }
}
