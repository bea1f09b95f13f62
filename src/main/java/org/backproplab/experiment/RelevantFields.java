package org.backproplab.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Which settings have no effect in the experiment as it stands (the noise of a boolean gate, the β's of plain
 * SGD, the decay of a constant rate), so the page can hide their controls and keep the view simple.
 */
public final class RelevantFields {
    private static final List<String> SIZED = List.of("linear", "circle", "gaussians", "spiral", "moons", "runge", "sin",
            "abs", "step", "formula");
    private static final List<String> RANDOM_SHAPES = List.of("linear", "circle", "gaussians", "spiral", "moons");

    private RelevantFields() {
    }

    /** The keys of the fields that change nothing in {@code state}. */
    public static List<String> unused(ExperimentState state) {
        List<String> out = new ArrayList<>();
        String data = state.get(Fields.DATA);
        boolean noisy = SIZED.contains(data) && !"linear".equals(data);
        unless(SIZED.contains(data), Fields.POINTS, out);
        unless(noisy, Fields.NOISE, out);
        // The data seed draws the random shapes, the noise, and the shuffle that splits off validation and test.
        unless(RANDOM_SHAPES.contains(data) || (noisy && state.get(Fields.NOISE) > 0)
                || state.get(Fields.VALIDATION) > 0 || state.get(Fields.TEST) > 0, Fields.DATA_SEED, out);
        unless(DatasetCatalog.isCurve(data), Fields.TEST_GRID, out);
        unless("formula".equals(data), Fields.FORMULA, out);
        unless("csv".equals(data) || "csv_xy".equals(data), Fields.CSV, out);

        String opt = state.get(Fields.OPTIMIZER);
        unless("momentum".equals(opt) || "nesterov".equals(opt), Fields.MOMENTUM, out);
        unless("adam".equals(opt), Fields.BETA1, out);
        unless("adam".equals(opt), Fields.BETA2, out);
        unless("adam".equals(opt) || "rmsprop".equals(opt) || "adagrad".equals(opt), Fields.EPSILON, out);
        unless("rmsprop".equals(opt), Fields.RHO, out);

        boolean decays = !"constant".equals(state.get(Fields.SCHEDULE));
        unless(decays, Fields.GAMMA, out);
        unless(decays, Fields.EVERY, out);

        String init = state.get(Fields.INIT);
        unless("constant".equals(init) || "uniform".equals(init) || "normal".equals(init), Fields.INIT_A, out);
        unless("uniform".equals(init) || "normal".equals(init), Fields.INIT_B, out);
        unless("explicit".equals(init), Fields.WEIGHTS, out);
        return out;
    }

    private static void unless(boolean used, Field<?> field, List<String> out) {
        if (!used) {
            out.add(field.key());
        }
    }
}
