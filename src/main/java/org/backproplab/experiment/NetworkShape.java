package org.backproplab.experiment;

import org.backproplab.text.Texts;
import java.util.Arrays;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Network;

/**
 * Reads the network's shape from the experiment: hidden widths ("10,10"), one activation per hidden layer
 * ("tanh,sigmoid", or one for all), the output activation, and per-unit overrides ("2.1=tanh 3.1=gelu_tanh":
 * layer 2 unit 1, layer 3 unit 1, layers counted from 1 after the input as in W⁽ˡ⁾).
 */
public final class NetworkShape {
    /** Hidden layers allowed: enough for every course network, small enough to stay legible. */
    public static final int MAX_HIDDEN_LAYERS = 8;
    /** Units per layer allowed. */
    public static final int MAX_WIDTH = 256;
    /** Weights allowed in total, so that a link can't ask the browser for more than it trains smoothly. */
    public static final int MAX_PARAMETERS = 100_000;

    private NetworkShape() {
    }

    /** The hidden widths of "10,10" (empty text: no hidden layer). */
    static int[] hidden(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = Texts.split(t, ',');
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }

    static String checkHidden(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = Texts.split(t, ',');
        if (parts.length > MAX_HIDDEN_LAYERS) {
            return "at most " + MAX_HIDDEN_LAYERS + " hidden layers";
        }
        for (String p : parts) {
            String q = p.trim();
            if (q.isEmpty() || q.length() > 4 || !isDigits(q)) {
                return "write widths separated by commas, like 10,10";
            }
            int w = Integer.parseInt(q);
            if (w < 1 || w > MAX_WIDTH) {
                return "each layer needs 1 to " + MAX_WIDTH + " units";
            }
        }
        return null;
    }

    static String checkActivations(String text) {
        for (String id : Texts.split(text, ',')) {
            if (Activation.byName(id) == null) {
                return "'" + Texts.clip(id.trim()) + "' is not an activation (" + String.join(", ",
                        Fields.ids(Activation.values())) + "); " + Activation.OTHER_SPELLINGS;
            }
        }
        return null;
    }

    static String checkUnitOverrides(String text) {
        for (String entry : overrides(text)) {
            int eq = entry.indexOf('=');
            int dot = entry.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq || !isDigits(entry.substring(0, dot))
                    || !isDigits(entry.substring(dot + 1, eq)) || dot > 2 || eq - dot > 4) {
                return "write layer.unit=activation, like 2.1=tanh";
            }
            if (Activation.byName(entry.substring(eq + 1)) == null) {
                return "'" + Texts.clip(entry.substring(eq + 1)) + "' is not an activation (" + String.join(", ",
                        Fields.ids(Activation.values())) + "); " + Activation.OTHER_SPELLINGS;
            }
        }
        return null;
    }

    /** Checked hidden activations with each name as its id: "ReLU, Leaky ReLU" is kept as "relu,leaky_relu". */
    static String activationIds(String text) {
        String[] names = Texts.split(text, ',');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            out.append(i == 0 ? "" : ",").append(Activation.byName(names[i]).id());
        }
        return out.toString();
    }

    /** Checked per-unit activations with each name as its id, separators as typed: "2.1=ReLU" becomes "2.1=relu". */
    static String unitOverrideIds(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !isSeparator(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                String entry = text.substring(i, end);
                int eq = entry.indexOf('=');
                out.append(entry, 0, eq + 1).append(Activation.byName(entry.substring(eq + 1)).id());
            }
            while (end < text.length() && isSeparator(text.charAt(end))) {
                out.append(text.charAt(end++));
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ';' || Character.isWhitespace(c);
    }

    private static List<String> overrides(String text) {
        return Texts.words(text);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The network the experiment describes for {@code inputs} inputs and {@code outputs} outputs, with zero
     * weights; throws {@link IllegalArgumentException} with a message a student can act on.
     */
    public static Network build(ExperimentState state, int inputs, int outputs) {
        int[] hidden = hidden(state.get(Fields.HIDDEN));
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs;
        long params = 0;
        for (int l = 1; l < sizes.length; l++) {
            params += (long) (sizes[l - 1] + 1) * sizes[l];
        }
        if (params > MAX_PARAMETERS) {
            throw new IllegalArgumentException("network too large: " + params + " weights (the limit is "
                    + MAX_PARAMETERS + ")");
        }
        String[] acts = Texts.split(state.get(Fields.ACTIVATION), ',');
        if (acts.length != 1 && acts.length != hidden.length) {
            throw new IllegalArgumentException("give one hidden activation, or one per hidden layer ("
                    + hidden.length + ")");
        }
        Activation[][] units = new Activation[sizes.length - 1][];
        for (int l = 0; l < units.length; l++) {
            units[l] = new Activation[sizes[l + 1]];
            Activation a = l == units.length - 1 ? Activation.byName(state.get(Fields.OUTPUT))
                    : Activation.byName(acts[acts.length == 1 ? 0 : l]);
            Arrays.fill(units[l], a);
        }
        for (String entry : overrides(state.get(Fields.NEURONS))) {
            int eq = entry.indexOf('=');
            int dot = entry.indexOf('.');
            int layer = Integer.parseInt(entry.substring(0, dot));
            int unit = Integer.parseInt(entry.substring(dot + 1, eq));
            if (layer < 1 || layer > units.length || unit < 1 || unit > units[layer - 1].length) {
                throw new IllegalArgumentException("per-unit activation " + entry + ": there is no unit " + unit
                        + " in layer " + layer);
            }
            units[layer - 1][unit - 1] = Activation.byName(entry.substring(eq + 1));
        }
        return new Network(sizes, units, "on".equals(state.get(Fields.BIAS)));
    }
}
