package org.backproplab.experiment;

import org.backproplab.text.Texts;
import org.backproplab.text.Json;
import org.backproplab.text.ExactDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.Network;

/**
 * An experiment with its current weights as a JSON file, and back: the file names every setting and every
 * weight (row 0 of each layer holds the biases), numbers written so that they read back to the same bits.
 * Reading restores the settings and makes the weights the explicit initial weights, so training continues
 * from exactly those weights (the optimizer's running averages start afresh).
 */
public final class ExperimentJson {
    /** The value of "format" in our files. */
    public static final String FORMAT = "backprop-lab";
    /** The version written; files of later versions are refused with a message. */
    public static final int VERSION = 1;

    private ExperimentJson() {
    }

    /** The JSON text of a run: settings, epoch, last loss and accuracy, and every layer's weights. */
    public static String write(TrainingRun run) {
        ExperimentState state = run.state();
        StringBuilder out = new StringBuilder("{\n  \"format\": ");
        Json.writeString(FORMAT, out);
        out.append(",\n  \"version\": ").append(VERSION).append(",\n  \"link\": ");
        Json.writeString(LinkCodec.encode(state), out);
        out.append(",\n  \"settings\": {");
        boolean first = true;
        for (Field<?> f : Fields.all()) {
            out.append(first ? "\n    " : ",\n    ");
            first = false;
            Json.writeString(f.key(), out);
            out.append(": ");
            Json.writeString(state.text(f), out);
        }
        out.append("\n  },\n  \"epoch\": ").append(run.epoch());
        out.append(",\n  \"loss\": ").append(number(run.lossHistory().last()));
        out.append(",\n  \"accuracy\": ").append(number(run.accuracyHistory().last()));
        Network net = run.network();
        // the network's inputs by name: layer 1's rows after the bias row are these, in this order
        out.append(",\n  \"inputs\": [");
        for (int i = 0; i < net.width(0); i++) {
            out.append(i == 0 ? "" : ", ");
            Json.writeString(run.hasFeatures() ? run.features().feature(i).id() : "x" + (i + 1), out);
        }
        out.append("]");
        out.append(",\n  \"layers\": [");
        for (int l = 1; l <= net.layerCount(); l++) {
            int cols = net.width(l);
            double[] w = net.weights(l);
            out.append(l == 1 ? "\n" : ",\n").append("    {\"layer\": ").append(l).append(", \"inputs\": ")
                    .append(net.width(l - 1)).append(", \"units\": ").append(cols).append(", \"weights\": [");
            for (int r = 0; r < w.length / cols; r++) {
                out.append(r == 0 ? "\n      [" : ",\n      [");
                for (int c = 0; c < cols; c++) {
                    out.append(c == 0 ? "" : ", ").append(number(w[r * cols + c]));
                }
                out.append(']');
            }
            out.append("\n    ]}");
        }
        out.append("\n  ]\n}\n");
        return out.toString();
    }

    /** A JSON number for a finite value, null for NaN and infinities (which JSON can't hold). */
    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : ExactDecimal.of(v);
    }

    /** What reading a file gave: the experiment to load (or null) with an error or plain-text notices. */
    public static final class Imported {
        private final ExperimentState state;
        private final String error;
        private final List<String> notices;

        Imported(ExperimentState state, String error, List<String> notices) {
            this.state = state;
            this.error = error;
            this.notices = notices;
        }

        /** The experiment with the file's weights as explicit initial weights, or null when the file was refused. */
        public ExperimentState state() {
            return state;
        }

        /** Why the file was refused, or null. */
        public String error() {
            return error;
        }

        /** Parts of the file that were ignored (unknown settings). */
        public List<String> notices() {
            return notices;
        }
    }

    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads a file written by {@link #write}; never throws, and checks everything before anything is used. */
    public static Imported read(String text) {
        List<String> notices = new ArrayList<>();
        try {
            return new Imported(readState(text, notices), null, notices);
        } catch (Refused e) {
            return new Imported(null, e.getMessage(), notices);
        } catch (RuntimeException e) {
            // a safety net: a file must never break the page
            return new Imported(null, "The file could not be read (" + Texts.clip(String.valueOf(e.getMessage()))
                    + ").", notices);
        }
    }

    private static ExperimentState readState(String text, List<String> notices) throws Refused {
        Object root;
        try {
            String t = text == null ? "" : text;
            // some editors start a saved file with a byte-order mark, which JSON doesn't allow
            root = Json.parse(t.startsWith("\uFEFF") ? t.substring(1) : t);
        } catch (Json.JsonError e) {
            throw new Refused("This file is not JSON: " + e.getMessage() + ".");
        }
        Map<String, Object> doc = object(root, "The file");
        if (!FORMAT.equals(doc.get("format"))) {
            throw new Refused("This is not a Backprop Lab experiment file (it has no \"format\": \"" + FORMAT
                    + "\").");
        }
        Object version = doc.get("version");
        if (!(version instanceof Json.Number) || ((Json.Number) version).value() != VERSION) {
            throw new Refused("This file was written by another version of Backprop Lab (version "
                    + (version instanceof Json.Number ? Texts.clip(((Json.Number) version).text()) : "missing")
                    + "); this page reads version " + VERSION + ".");
        }
        ExperimentState state = new ExperimentState();
        for (Map.Entry<String, Object> e : object(doc.get("settings"), "The file's \"settings\"").entrySet()) {
            Field<?> field = Fields.byKey(e.getKey());
            if (field == null) {
                if (notices.size() < 8) {
                    notices.add("Ignored an unknown setting '" + Texts.clip(e.getKey()) + "' in the file.");
                }
                continue;
            }
            if (!(e.getValue() instanceof String)) {
                throw new Refused("Setting \"" + field.key() + "\" in the file is not text.");
            }
            String problem = state.set(field, (String) e.getValue());
            if (problem != null) {
                throw new Refused("Setting \"" + field.key() + "\" in the file: " + problem);
            }
        }
        double[][] weights = weights(doc.get("layers"));
        String problem = state.set(Fields.INIT, "explicit");
        if (problem == null) {
            problem = state.set(Fields.WEIGHTS, weightsText(weights));
        }
        if (problem != null) {
            throw new Refused("The weights can't be kept in the experiment: " + problem);
        }
        TrainingRun run;
        try {
            run = TrainingRun.start(state);
        } catch (IllegalArgumentException e) {
            throw new Refused("The file's experiment can't start: " + e.getMessage());
        }
        for (int l = 0; l < weights.length; l++) {
            double[] w = run.network().weights(l + 1);
            for (int i = 0; i < w.length; i++) {
                if (w[i] != weights[l][i]) {
                    throw new Refused("The weights could not be restored exactly (layer " + (l + 1) + ").");
                }
            }
        }
        if (LinkCodec.encode(state).length() > LinkCodec.MAX_LENGTH) {
            throw new Refused("This experiment is too large to keep in a link (" + LinkCodec.encode(state).length()
                    + " characters; at most " + LinkCodec.MAX_LENGTH + ").");
        }
        return state;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String what) throws Refused {
        if (!(v instanceof Map)) {
            throw new Refused(what + " should be a JSON object { … }.");
        }
        return (Map<String, Object>) v;
    }

    private static double[][] weights(Object layersValue) throws Refused {
        if (!(layersValue instanceof List) || ((List<?>) layersValue).isEmpty()) {
            throw new Refused("The file has no \"layers\" with weights.");
        }
        List<?> layers = (List<?>) layersValue;
        double[][] out = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            String where = "Layer " + (l + 1) + " in the file";
            Object rowsValue = object(layers.get(l), where).get("weights");
            if (!(rowsValue instanceof List) || ((List<?>) rowsValue).isEmpty()) {
                throw new Refused(where + " has no \"weights\" rows.");
            }
            List<?> rows = (List<?>) rowsValue;
            int cols = -1;
            List<Double> flat = new ArrayList<>();
            for (Object rowValue : rows) {
                if (!(rowValue instanceof List)) {
                    throw new Refused(where + ": each row of weights should be a list of numbers.");
                }
                List<?> row = (List<?>) rowValue;
                if (cols >= 0 && row.size() != cols) {
                    throw new Refused(where + ": the rows of weights have different lengths.");
                }
                cols = row.size();
                for (Object x : row) {
                    double v = x instanceof Json.Number ? ((Json.Number) x).value() : Double.NaN;
                    if (Double.isNaN(v)) {
                        throw new Refused(where + ": a weight is missing or not a finite number"
                                + (x == Json.NULL ? " (the run had diverged)" : "") + ".");
                    }
                    flat.add(v);
                }
            }
            out[l] = new double[flat.size()];
            for (int i = 0; i < out[l].length; i++) {
                out[l][i] = flat.get(i);
            }
        }
        return out;
    }

    /** The weights as an explicit-weights field: numbers by ',', rows by ';', layers by '|', exact decimals. */
    public static String weightsText(double[][] weights) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < weights.length; l++) {
            if (l > 0) {
                sb.append('|');
            }
            for (int i = 0; i < weights[l].length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(ExactDecimal.of(weights[l][i]));
            }
        }
        return sb.toString();
    }
}
