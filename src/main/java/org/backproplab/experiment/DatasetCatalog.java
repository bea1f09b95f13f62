package org.backproplab.experiment;

import java.util.List;
import org.backproplab.engine.Rng;

/** The datasets an experiment can name, built from the experiment's data fields. */
final class DatasetCatalog {
    private static final List<String> IDS = List.of("linear", "xor_easy");

    private DatasetCatalog() {
    }

    static List<String> ids() {
        return IDS;
    }

    static boolean isClassification(String id) {
        return true;
    }

    /** The full dataset the experiment names (before any train/validation/test split). */
    static Samples build(ExperimentState state) {
        String id = state.get(Fields.DATA);
        switch (id) {
            case "linear":
                return linear(state.get(Fields.POINTS), new Rng(state.get(Fields.DATA_SEED)));
            case "xor_easy":
                return xorEasy();
            default:
                throw new IllegalArgumentException("unknown dataset " + id);
        }
    }

    private static Samples linear(int n, Rng rng) {
        double[] xs = new double[2 * n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[2 * i] = rng.nextDouble();
            xs[2 * i + 1] = rng.nextDouble();
            ys[i] = xs[2 * i] > xs[2 * i + 1] ? 1 : 0;
        }
        return new Samples(xs, ys, 2, 1);
    }

    private static Samples xorEasy() {
        double[] xs = new double[42];
        double[] ys = new double[21];
        int k = 0;
        for (int i = 0; i <= 10; i++, k++) {
            xs[2 * k] = 0.1 * i;
            xs[2 * k + 1] = 0.1 * i;
        }
        for (int i = 0; i <= 10; i++) {
            if (i != 5) {
                xs[2 * k] = 0.1 * i;
                xs[2 * k + 1] = 1 - 0.1 * i;
                ys[k++] = 1;
            }
        }
        return new Samples(xs, ys, 2, 1);
    }
}
