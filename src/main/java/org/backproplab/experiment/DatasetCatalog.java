package org.backproplab.experiment;

import java.util.ArrayList;
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
    /** The regression sets with a known function, which can be sampled anywhere. */
    private static final List<String> CURVES = List.of("runge", "sin", "abs", "step", "formula");
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

    /** Whether the dataset is a curve with a known function, which a test grid can sample anywhere. */
    public static boolean isCurve(String id) {
        return CURVES.contains(id);
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
            case "sin":
            case "abs":
            case "step":
                return RegressionData.curve(curveOf(id), RegressionData.equallySpaced(n), noise, rng);
            case "formula":
                return orFail(RegressionData.formula(state.get(Fields.FORMULA), RegressionData.equallySpaced(n), noise,
                        rng), "formula");
            case "csv":
                requireRows(state.get(Fields.CSV), "x1,x2,label");
                return orFail(CsvData.parse(state.get(Fields.CSV), Task.CLASSIFICATION), "CSV data");
            case "csv_xy":
                requireRows(state.get(Fields.CSV), "x,y");
                return orFail(CsvData.parse(state.get(Fields.CSV), Task.REGRESSION), "CSV data");
            default:
                throw new IllegalArgumentException("unknown dataset " + id);
        }
    }

    private static void requireRows(String csv, String columns) {
        if (csv.isEmpty()) {
            throw new IllegalArgumentException("CSV data: paste or upload rows of " + columns);
        }
    }

    private static Curve curveOf(String id) {
        switch (id) {
            case "runge":
                return Curve.RUNGE;
            case "sin":
                return Curve.SIN_PI;
            case "abs":
                return Curve.ABS;
            default:
                return Curve.STEP;
        }
    }

    /**
     * The test set of an equally spaced grid, or null when the experiment asks for none (tgrid = 0): the curve's
     * true values, without noise, at tgrid points spread over [−1, 1] like the training points, so a test MSE can
     * be reported as the course does ("100 equally spaced test points"). It replaces the test fraction.
     */
    public static Dataset testGrid(ExperimentState state) {
        int n = state.get(Fields.TEST_GRID);
        if (n == 0) {
            return null;
        }
        String id = state.get(Fields.DATA);
        String what = Fields.TEST_GRID.label() + ": ";
        if (!isCurve(id)) {
            throw new IllegalArgumentException(what + "only a curve (runge, sin, abs, step or formula) can be sampled on"
                    + " a grid");
        }
        if (n < 2) {
            throw new IllegalArgumentException(what + "0 for none, or 2 or more points");
        }
        if (state.get(Fields.TEST) > 0) {
            throw new IllegalArgumentException(what + "the grid replaces the test fraction: set one of them to 0");
        }
        double[] xs = RegressionData.equallySpaced(n);
        Rng unused = new Rng(0); // noise 0 draws nothing
        return "formula".equals(id) ? orFail(RegressionData.formula(state.get(Fields.FORMULA), xs, 0, unused), "formula")
                : RegressionData.curve(curveOf(id), xs, 0, unused);
    }

    private static Dataset orFail(DataResult result, String what) {
        if (result.ok()) {
            return result.dataset();
        }
        if (result.errors().isEmpty()) {
            throw new IllegalArgumentException(what + ": no usable rows");
        }
        throw new IllegalArgumentException(what + ": " + result.errors().get(0)
                + (result.errorCount() == 2 ? " (and 1 more problem)" : result.errorCount() > 2 ? " (and "
                + (result.errorCount() - 1) + " more problems)" : ""));
    }

    /**
     * Every problem that stops the experiment's data from being built, one per line as the reader reported them
     * (CSV rows with their line numbers, the formula with its column), or an empty list when the data build.
     */
    public static List<String> problems(ExperimentState state) {
        String id = state.get(Fields.DATA);
        DataResult result;
        if ("csv".equals(id) || "csv_xy".equals(id)) {
            if (state.get(Fields.CSV).isEmpty()) {
                return List.of("paste or upload rows of " + (id.equals("csv") ? "x1,x2,label" : "x,y"));
            }
            result = CsvData.parse(state.get(Fields.CSV), id.equals("csv") ? Task.CLASSIFICATION : Task.REGRESSION);
        } else if ("formula".equals(id)) {
            result = RegressionData.formula(state.get(Fields.FORMULA), RegressionData.equallySpaced(state.get(
                    Fields.POINTS)), 0, null);
        } else {
            try {
                build(state);
                return List.of();
            } catch (IllegalArgumentException e) {
                return List.of(e.getMessage());
            }
        }
        if (result.ok()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(result.errors());
        int unlisted = result.errorCount() - result.errors().size();
        if (unlisted > 0) {
            out.add("… and " + unlisted + " more " + (unlisted == 1 ? "problem" : "problems"));
        }
        if (out.isEmpty()) {
            out.add("no usable rows");
        }
        return out;
    }

    /**
     * Why the experiment can't use the value just given to {@code changed}, with every problem on its own line,
     * or null. Checks what a field can't check alone: CSV rows and the formula against the chosen dataset, the
     * two held-out fractions against each other.
     */
    public static String problemAfterChange(ExperimentState trial, Field<?> changed) {
        String id = trial.get(Fields.DATA);
        boolean csvData = "csv".equals(id) || "csv_xy".equals(id);
        boolean formulaData = "formula".equals(id);
        if ((changed == Fields.CSV && csvData) || ((changed == Fields.FORMULA || changed == Fields.POINTS)
                && formulaData)) {
            List<String> problems = problems(trial);
            if (problems.isEmpty()) {
                return null;
            }
            String what = changed == Fields.CSV ? "CSV data" : "Formula";
            return what + " — the previous data stay in use until " + (problems.size() == 1 ? "this is" : "these are")
                    + " fixed:\n" + String.join("\n", problems);
        }
        if ((changed == Fields.VALIDATION || changed == Fields.TEST)
                && trial.get(Fields.VALIDATION) + trial.get(Fields.TEST) >= 1) {
            return changed.label() + ": validation and test together must be less than the whole set";
        }
        return null;
    }
}
