package org.backproplab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Network;
import org.backproplab.text.Decimals;
import org.backproplab.text.ExactDecimal;
import org.backproplab.text.Texts;

/**
 * The network diagram's edits, as changes of the experiment's fields: + and − on hidden layers and on a layer's
 * units (the hidden widths {@code h}, keeping {@code act} and the per-unit activations {@code units} in step), a
 * unit's activation ({@code units}, or {@code out} for the output), and one initial weight typed in place (the
 * explicit weights {@code w}). Each edit returns a new state and what it did in words, or a refusal; the state
 * given is never changed. Whether the edited experiment can start (cross-entropy on sigmoid outputs, …) is for
 * the caller to try, as for any other change.
 */
public final class NetworkEdit {
    /** Hidden layers the diagram's + adds up to (the typed field allows {@link NetworkShape#MAX_HIDDEN_LAYERS}). */
    public static final int MAX_LAYERS = 6;
    /** Units per layer the diagram's + adds up to (the typed field allows {@link NetworkShape#MAX_WIDTH}). */
    public static final int MAX_UNITS = 8;

    /** An edit's outcome: the new state (null when refused) and one sentence per line of what happened or why not. */
    public static final class Result {
        private final ExperimentState state;
        private final List<String> lines;

        Result(ExperimentState state, List<String> lines) {
            this.state = state;
            this.lines = lines;
        }

        /** The edited experiment, or null when the edit was refused. */
        public ExperimentState state() {
            return state;
        }

        /** What the edit did, or why it was refused. */
        public List<String> lines() {
            return lines;
        }
    }

    private NetworkEdit() {
    }

    /** Adds a hidden layer before the output, as wide as the last hidden layer (at most 8) or 4 when none. */
    public static Result addLayer(ExperimentState state) {
        int[] hidden = NetworkShape.hidden(state.get(Fields.HIDDEN));
        if (hidden.length >= MAX_LAYERS) {
            return refused("The diagram adds up to " + MAX_LAYERS + " hidden layers; type more in Hidden layers (at most "
                    + NetworkShape.MAX_HIDDEN_LAYERS + ").");
        }
        int width = hidden.length == 0 ? 4 : Math.min(MAX_UNITS, hidden[hidden.length - 1]);
        int[] next = new int[hidden.length + 1];
        System.arraycopy(hidden, 0, next, 0, hidden.length);
        next[hidden.length] = width;
        ExperimentState out = state.copy();
        List<String> lines = new ArrayList<>();
        lines.add("Added hidden layer " + next.length + " with " + width + (width == 1 ? " unit." : " units."));
        String[] acts = state.get(Fields.ACTIVATION).split(",", -1);
        if (acts.length > 1) {
            out.with(Fields.ACTIVATION, state.get(Fields.ACTIVATION) + "," + acts[acts.length - 1]);
        }
        // the output moves one layer on: its per-unit activations follow it
        out.with(Fields.NEURONS, renumber(state.get(Fields.NEURONS), hidden.length + 1, hidden.length + 2, -1, -1));
        return shapeChanged(out, next, lines);
    }

    /** Removes the last hidden layer. */
    public static Result removeLayer(ExperimentState state) {
        int[] hidden = NetworkShape.hidden(state.get(Fields.HIDDEN));
        if (hidden.length == 0) {
            return refused("There is no hidden layer to remove: the inputs feed the output directly.");
        }
        int[] next = new int[hidden.length - 1];
        System.arraycopy(hidden, 0, next, 0, next.length);
        ExperimentState out = state.copy();
        List<String> lines = new ArrayList<>();
        lines.add("Removed hidden layer " + hidden.length + ".");
        String[] acts = state.get(Fields.ACTIVATION).split(",", -1);
        if (acts.length > 1) {
            out.with(Fields.ACTIVATION, String.join(",", java.util.Arrays.copyOf(acts, Math.max(1, acts.length - 1))));
        }
        out.with(Fields.NEURONS, renumber(state.get(Fields.NEURONS), hidden.length + 1, hidden.length,
                hidden.length, 0));
        return shapeChanged(out, next, lines);
    }

    /** Adds a unit at the end of hidden layer {@code layer} (1-based). */
    public static Result addUnit(ExperimentState state, int layer) {
        int[] hidden = NetworkShape.hidden(state.get(Fields.HIDDEN));
        checkLayer(hidden, layer);
        if (hidden[layer - 1] >= MAX_UNITS) {
            return refused("The diagram adds up to " + MAX_UNITS + " units to a layer; type wider layers in Hidden layers"
                    + " (up to " + NetworkShape.MAX_WIDTH + ").");
        }
        int[] next = hidden.clone();
        next[layer - 1]++;
        List<String> lines = new ArrayList<>();
        lines.add("Added unit " + next[layer - 1] + " to layer " + layer + ".");
        return shapeChanged(state.copy(), next, lines);
    }

    /**
     * Removes the last unit of hidden layer {@code layer} (1-based), also from a layer wider than the diagram's
     * {@link #MAX_UNITS} (typed in the field): 32 units become 31, and the lines say where to type a width at once.
     */
    public static Result removeUnit(ExperimentState state, int layer) {
        int[] hidden = NetworkShape.hidden(state.get(Fields.HIDDEN));
        checkLayer(hidden, layer);
        if (hidden[layer - 1] <= 1) {
            return refused("A layer keeps at least 1 unit; remove the whole layer with − layer.");
        }
        int[] next = hidden.clone();
        next[layer - 1]--;
        ExperimentState out = state.copy();
        out.with(Fields.NEURONS, renumber(state.get(Fields.NEURONS), -1, -1, layer, hidden[layer - 1]));
        List<String> lines = new ArrayList<>();
        lines.add("Removed unit " + hidden[layer - 1] + " of layer " + layer + ".");
        if (next[layer - 1] > MAX_UNITS) {
            // one unit at a time, as everywhere on the diagram: from 32 units that is a long way down to 8
            lines.add("Layer " + layer + " still has " + next[layer - 1] + " units: type its width in Hidden layers to"
                    + " change it in one step.");
        }
        return shapeChanged(out, next, lines);
    }

    /**
     * Gives unit {@code unit} of layer {@code layer} (both 1-based; the last layer is the output) the activation
     * {@code id}: a per-unit activation for a hidden unit (none when it is the layer's own), the output activation
     * for an output unit (every output unit shares it).
     */
    public static Result setActivation(ExperimentState state, int layer, int unit, String id) {
        Activation a = Activation.byName(id);
        if (a == null) {
            return refused("'" + id + "' is not an activation.");
        }
        int[] hidden = NetworkShape.hidden(state.get(Fields.HIDDEN));
        ExperimentState out = state.copy();
        List<String> lines = new ArrayList<>();
        if (layer == hidden.length + 1) {
            out.with(Fields.OUTPUT, a.id());
            out.with(Fields.NEURONS, renumber(state.get(Fields.NEURONS), -1, -1, layer, 0));
            lines.add("The output is now " + a.id() + ".");
            return new Result(out, lines);
        }
        checkLayer(hidden, layer);
        if (unit < 1 || unit > hidden[layer - 1]) {
            throw new IllegalArgumentException("no unit " + unit + " in layer " + layer);
        }
        String[] acts = state.get(Fields.ACTIVATION).split(",", -1);
        Activation own = Activation.byName(acts[acts.length == 1 ? 0 : layer - 1]);
        String rest = renumber(state.get(Fields.NEURONS), -1, -1, layer, unit);
        String entry = a == own ? "" : layer + "." + unit + "=" + a.id();
        out.with(Fields.NEURONS, sorted(rest + " " + entry));
        lines.add("Unit " + unit + " of layer " + layer + " is now " + a.id() + ".");
        return new Result(out, lines);
    }

    /**
     * Makes W⁽ˡ⁾(i, j) of {@code initial} (the run's weights before its first epoch; row i = 0 is the bias) the
     * typed value, and all of {@code initial} the experiment's explicit initial weights.
     */
    public static Result setWeight(ExperimentState state, Network initial, int l, int i, int j, String text) {
        double v = Decimals.parse(text.trim());
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return refused("'" + Texts.clip(text.trim()) + "' is not a number: type a weight like 0.5 or -1.25.");
        }
        if (l < 1 || l > initial.layerCount() || i < 0 || i > initial.width(l - 1) || j < 0 || j >= initial.width(l)) {
            throw new IllegalArgumentException("no weight (" + l + ", " + i + ", " + j + ")");
        }
        double[][] weights = initial.copyWeights();
        weights[l - 1][i * initial.width(l) + j] = v;
        ExperimentState out = state.copy();
        String problem = out.set(Fields.INIT, "explicit");
        if (problem == null) {
            problem = out.set(Fields.WEIGHTS, ExperimentJson.weightsText(weights));
        }
        if (problem != null) {
            return refused(problem);
        }
        List<String> lines = new ArrayList<>();
        lines.add((i == 0 ? "The bias of " + unitName(initial, l, j) : "The weight from " + unitName(initial, l - 1,
                i - 1) + " to " + unitName(initial, l, j)) + " starts at " + ExactDecimal.of(v) + ".");
        if (!"explicit".equals(state.get(Fields.INIT))) {
            lines.add("The initial weights are now typed weights: the others keep the values they had.");
        }
        return new Result(out, lines);
    }

    /** "input x₂", "unit 3 of layer 1", "output unit 1". */
    static String unitName(Network net, int l, int j) {
        if (l == 0) {
            return "input x" + subscript(j + 1);
        }
        if (l == net.layerCount()) {
            return "output unit " + (j + 1);
        }
        return "unit " + (j + 1) + " of layer " + l;
    }

    private static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }

    private static Result shapeChanged(ExperimentState out, int[] hidden, List<String> lines) {
        StringBuilder h = new StringBuilder();
        for (int k = 0; k < hidden.length; k++) {
            h.append(k == 0 ? "" : ",").append(hidden[k]);
        }
        out.with(Fields.HIDDEN, h.toString());
        if ("explicit".equals(out.get(Fields.INIT))) {
            // typed weights fit one shape only
            out.with(Fields.INIT, Fields.INIT.defaultText());
            out.with(Fields.WEIGHTS, "");
            lines.add("The typed initial weights fit the old shape only: the initial weights are "
                    + Fields.INIT.defaultText() + " again.");
        }
        return new Result(out, lines);
    }

    private static void checkLayer(int[] hidden, int layer) {
        if (layer < 1 || layer > hidden.length) {
            throw new IllegalArgumentException("no hidden layer " + layer);
        }
    }

    private static Result refused(String why) {
        List<String> lines = new ArrayList<>();
        lines.add(why);
        return new Result(null, lines);
    }

    /**
     * The per-unit activations with layer {@code from} renamed {@code to} and the entry of layer {@code dropLayer},
     * unit {@code dropUnit} left out (unit 0: every unit of that layer), sorted by layer and unit.
     */
    private static String renumber(String units, int from, int to, int dropLayer, int dropUnit) {
        StringBuilder out = new StringBuilder();
        for (String entry : units.trim().split("[\\s;]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int dot = entry.indexOf('.');
            int eq = entry.indexOf('=');
            int layer = Integer.parseInt(entry.substring(0, dot));
            int unit = Integer.parseInt(entry.substring(dot + 1, eq));
            if (layer == dropLayer && (dropUnit == 0 || unit == dropUnit)) {
                continue;
            }
            out.append(' ').append(layer == from ? to : layer).append(entry.substring(dot));
        }
        return sorted(out.toString());
    }

    private static String sorted(String units) {
        List<String> entries = new ArrayList<>();
        for (String e : units.trim().split("[\\s;]+")) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        entries.sort((a, b) -> {
            int[] x = key(a);
            int[] y = key(b);
            return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
        });
        return String.join(" ", entries);
    }

    private static int[] key(String entry) {
        int dot = entry.indexOf('.');
        return new int[] {Integer.parseInt(entry.substring(0, dot)), Integer.parseInt(entry.substring(dot + 1,
                entry.indexOf('=')))};
    }
}
