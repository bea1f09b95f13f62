package org.backproplab.experiment.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;
import org.backproplab.experiment.ExperimentState;

/**
 * The network a student typed, read from the worksheet fields and checked as a whole: layer sizes follow from the
 * matrices, and every other box must agree with them. Whatever the convention, the weights are held as the engine
 * holds them: W⁽ˡ⁾ row-major with the biases as row 0. Immutable.
 */
public final class WorksheetSetup {
    private final int[] sizes;
    private final Activation[][] activations;
    private final double[][] weights;
    private final double[] input;
    private final double[] target;
    private final Loss loss;
    private final double eta;
    private final BiasConvention convention;

    private WorksheetSetup(int[] sizes, Activation[][] activations, double[][] weights, double[] input,
            double[] target, Loss loss, double eta, BiasConvention convention) {
        this.sizes = sizes;
        this.activations = activations;
        this.weights = weights;
        this.input = input;
        this.target = target;
        this.loss = loss;
        this.eta = eta;
        this.convention = convention;
    }

    /** A setup read from the fields, or the problems that keep the boxes from describing one network. */
    public record Reading(WorksheetSetup setup, List<String> problems) {
        /** Whether the boxes describe one network. */
        public boolean ok() {
            return setup != null;
        }
    }

    /** Reads the worksheet fields of {@code state}; each problem names its box and, where it helps, its line. */
    public static Reading read(ExperimentState state) {
        List<String> problems = new ArrayList<>();
        BiasConvention convention = BiasConvention.byId(state.get(WorksheetFields.BIAS));
        List<TextGrid.Block> blocks = TextGrid.of(state.get(WorksheetFields.WEIGHTS)).blocks();
        int layers = blocks.size();
        int biasRows = convention == BiasConvention.ROW0 ? 1 : 0;
        int[] sizes = new int[layers + 1];
        sizes[0] = blocks.get(0).rows().size() - biasRows;
        for (int l = 1; l <= layers; l++) {
            sizes[l] = blocks.get(l - 1).rows().get(0).size();
        }
        checkShapes(blocks, sizes, convention, problems);
        Activation[][] activations = activations(state, sizes, problems);
        double[][] biases = convention == BiasConvention.SEPARATE ? biases(state, sizes, problems) : null;
        double[] input = WorksheetFields.vector(state.get(WorksheetFields.INPUT));
        if (sizes[0] >= 1 && input.length != sizes[0]) {
            problems.add("Input x: " + WorksheetFields.count(input.length, "number") + ", but the network has "
                    + WorksheetFields.count(sizes[0], "input") + " (" + Notation.of("W", 1) + " has "
                    + WorksheetFields.count(blocks.get(0).rows().size(), "row")
                    + (biasRows == 1 ? ": the bias row and one per input)" : ", one per input)"));
        }
        double[] target = WorksheetFields.vector(state.get(WorksheetFields.TARGET));
        if (target.length != sizes[layers]) {
            problems.add("Target t: " + WorksheetFields.count(target.length, "number") + ", but the output layer has "
                    + WorksheetFields.count(sizes[layers], "unit") + " (" + Notation.of("W", layers) + " has "
                    + WorksheetFields.count(sizes[layers], "column") + ")");
        }
        if (!problems.isEmpty()) {
            return new Reading(null, List.copyOf(problems));
        }
        double[][] weights = new double[layers][];
        for (int l = 1; l <= layers; l++) {
            weights[l - 1] = rowZeroForm(blocks.get(l - 1), biases == null ? null : biases[l - 1], sizes[l]);
        }
        Loss loss = Loss.byId(state.get(WorksheetFields.LOSS));
        WorksheetSetup setup = new WorksheetSetup(sizes, activations, weights, input, target, loss,
                state.get(WorksheetFields.RATE), convention);
        return new Reading(setup, List.of());
    }

    private static void checkShapes(List<TextGrid.Block> blocks, int[] sizes, BiasConvention convention,
            List<String> problems) {
        TextGrid.Block first = blocks.get(0);
        if (sizes[0] < 1) {
            problems.add("Weights W: " + Notation.of("W", 1) + " (line " + first.line() + ") has only one row, the"
                    + " bias row; add one row per input below it");
        } else if (sizes[0] > WorksheetFields.MAX_UNITS) {
            problems.add("Weights W: " + Notation.of("W", 1) + " (line " + first.line() + ") has "
                    + first.rows().size() + " rows, one per input: at most " + WorksheetFields.MAX_UNITS + " inputs");
        }
        for (int l = 2; l < sizes.length; l++) {
            TextGrid.Block block = blocks.get(l - 1);
            int rows = block.rows().size();
            int needed = sizes[l - 1] + (convention == BiasConvention.ROW0 ? 1 : 0);
            if (rows != needed) {
                String units = WorksheetFields.count(sizes[l - 1], "unit") + " of layer " + (l - 1) + " (the columns of "
                        + Notation.of("W", l - 1) + ")";
                problems.add("Weights W: " + Notation.of("W", l) + " (line " + block.line() + ") has "
                        + WorksheetFields.count(rows, "row") + " but needs " + needed + ": "
                        + (convention == BiasConvention.ROW0 ? "row 0 for the bias, then one for each of the " + units
                                : "one for each of the " + units + "; the biases go in b"));
            }
        }
    }

    private static Activation[][] activations(ExperimentState state, int[] sizes, List<String> problems) {
        List<TextGrid.Row> rows = TextGrid.of(state.get(WorksheetFields.ACTIVATIONS)).rows();
        int layers = sizes.length - 1;
        Activation[][] out = new Activation[layers][];
        boolean everywhere = rows.size() == 1 && rows.get(0).size() == 1;
        if (!everywhere && rows.size() != layers) {
            problems.add("Activations: " + WorksheetFields.count(rows.size(), "line") + " for "
                    + WorksheetFields.count(layers, "layer") + ": write one line per layer (or one activation for"
                    + " every unit)");
            return null;
        }
        for (int l = 1; l <= layers; l++) {
            TextGrid.Row row = rows.get(everywhere ? 0 : l - 1);
            if (row.size() != 1 && row.size() != sizes[l]) {
                problems.add("Activations: line " + row.line() + " names " + WorksheetFields.count(row.size(),
                        "activation") + ", but layer " + l + " has " + WorksheetFields.count(sizes[l], "unit")
                        + " (name one per unit, or one for the whole layer)");
                continue;
            }
            out[l - 1] = new Activation[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                out[l - 1][j] = WorksheetFields.activation(row.tokens().get(row.size() == 1 ? 0 : j).text());
            }
        }
        return out;
    }

    private static double[][] biases(ExperimentState state, int[] sizes, List<String> problems) {
        List<TextGrid.Row> rows = TextGrid.of(state.get(WorksheetFields.BIASES)).rows();
        int layers = sizes.length - 1;
        if (rows.size() != layers) {
            problems.add("Biases b: " + WorksheetFields.count(rows.size(), "line") + " for "
                    + WorksheetFields.count(layers, "layer") + ": write one line per layer, " + Notation.of("b", 1)
                    + " first");
            return null;
        }
        double[][] out = new double[layers][];
        for (int l = 1; l <= layers; l++) {
            TextGrid.Row row = rows.get(l - 1);
            if (row.size() != sizes[l]) {
                problems.add("Biases b: line " + row.line() + " (" + Notation.of("b", l) + ") has "
                        + WorksheetFields.count(row.size(), "number") + ", but layer " + l + " has "
                        + WorksheetFields.count(sizes[l], "unit"));
            }
            out[l - 1] = WorksheetFields.numbers(row.tokens());
        }
        return out;
    }

    /** W⁽ˡ⁾ row-major with the biases as row 0, from the typed matrix and, when separate, the typed b⁽ˡ⁾. */
    private static double[] rowZeroForm(TextGrid.Block block, double[] bias, int columns) {
        List<TextGrid.Row> rows = block.rows();
        int offset = bias == null ? 0 : columns;
        double[] out = new double[offset + rows.size() * columns];
        if (bias != null) {
            System.arraycopy(bias, 0, out, 0, columns);
        }
        for (int i = 0; i < rows.size(); i++) {
            double[] row = WorksheetFields.numbers(rows.get(i).tokens());
            System.arraycopy(row, 0, out, offset + i * columns, columns);
        }
        return out;
    }

    /** The number of weight layers L. */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** The width of layer l (0 = input), without the bias entry. */
    public int width(int l) {
        return sizes[l];
    }

    /** A copy of the layer widths n⁽⁰⁾ … n⁽ᴸ⁾. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The activation of unit j (0-based) of layer l (1-based). */
    public Activation activation(int l, int j) {
        return activations[l - 1][j];
    }

    /** A copy of the activations, one array per layer 1 … L. */
    Activation[][] activations() {
        Activation[][] out = new Activation[activations.length][];
        for (int l = 0; l < out.length; l++) {
            out[l] = activations[l].clone();
        }
        return out;
    }

    /** A copy of the typed weights, W⁽ˡ⁾ at index l − 1, row-major with the biases as row 0. */
    public double[][] weights() {
        double[][] out = new double[weights.length][];
        for (int l = 0; l < out.length; l++) {
            out[l] = weights[l].clone();
        }
        return out;
    }

    /** A copy of the input x⁽⁰⁾ without its bias entry. */
    public double[] input() {
        return input.clone();
    }

    /** A copy of the target t. */
    public double[] target() {
        return target.clone();
    }

    /** The error E. */
    public Loss loss() {
        return loss;
    }

    /** The learning rate η. */
    public double eta() {
        return eta;
    }

    /** How the student writes biases; the tables follow it. */
    public BiasConvention convention() {
        return convention;
    }
}
