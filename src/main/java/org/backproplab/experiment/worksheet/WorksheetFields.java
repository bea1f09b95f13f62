package org.backproplab.experiment.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;
import org.backproplab.text.Decimals;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Field.ChoiceField;
import org.backproplab.experiment.Field.DoubleField;
import org.backproplab.experiment.Field.TextField;
import org.backproplab.experiment.Fields;
import org.backproplab.text.Texts;

/**
 * The worksheet's part of the experiment state: the network typed by the student (weight matrices, biases in the
 * chosen convention, per-unit activations), its input, target, loss and η. The defaults are the course's worked
 * example W1, so a bare link opens on it.
 *
 * <p>Each field checks only its own text (numbers, rectangular matrices, limits) with line and column; whether the
 * boxes fit together (rows of W⁽ˡ⁾ against the units of layer l − 1, and so on) is checked by
 * {@link WorksheetSetup#read}, because a student editing one box at a time passes through mismatched states.
 */
public final class WorksheetFields {
    // No call into Fields while initialising: Fields' own initialiser reads all() below, and whichever class is
    // touched first must not see the other half-built.

    /** Most weight layers a worksheet may have: a hand-computed pass never needs more. */
    public static final int MAX_LAYERS = 5;
    /** Most units per layer (inputs included), so every table still fits a projector. */
    public static final int MAX_UNITS = 8;

    /** The losses a worksheet offers: those whose ∂E/∂y is taken unit by unit. */
    static final List<Loss> LOSSES = List.of(Loss.ABS, Loss.SSE, Loss.HALF_SSE, Loss.MSE, Loss.BCE);

    /** Bias as row 0 of W (input 1) or a separate vector b. */
    public static final ChoiceField BIAS = new ChoiceField("wsbias", "Bias convention", "row0",
            List.of(BiasConvention.ROW0.id(), BiasConvention.SEPARATE.id()));
    /** The weight matrices W⁽¹⁾ … W⁽ᴸ⁾, one row per line, matrices separated by blank lines. */
    public static final TextField WEIGHTS = new TextField("wsw", "Weights W",
            "0.1  0.2\n0.3  0.4\n\n0.2\n1\n-3\n\n1\n2", 2000, WorksheetFields::checkWeights);
    /** b⁽¹⁾ … b⁽ᴸ⁾, one line per layer; used with the separate-bias convention. */
    public static final TextField BIASES = new TextField("wsb", "Biases b", "", 600, WorksheetFields::checkBiases);
    /** One line per layer: one activation per unit, or one for the whole layer. */
    public static final TextField ACTIVATIONS = new TextField("wsact", "Activations", "tanh  tanh\ntanh\ntanh", 600,
            WorksheetFields::checkActivations);
    /** The input x⁽⁰⁾ without its bias entry. */
    public static final TextField INPUT = new TextField("wsx", "Input x", "2", 200, WorksheetFields::checkVector);
    /** The target t, one number per output unit. */
    public static final TextField TARGET = new TextField("wst", "Target t", "1", 200, WorksheetFields::checkVector);
    /** The error E. */
    public static final ChoiceField LOSS = new ChoiceField("wsloss", "Loss", "abs", lossIds());
    /** The learning rate η of the update W ← W − η ∂E/∂W. */
    public static final DoubleField RATE = new DoubleField("wslr", "Learning rate η", "0.5", 0, 100, false);
    /**
     * "Answer first": each computed number is an answer box until the student reveals them (see {@link Quiz}). In the
     * link, so that a lecturer can hand out a quiz.
     */
    public static final ChoiceField QUIZ = new ChoiceField("wsquiz", "Answer first", "off", List.of("off", "on"));

    private WorksheetFields() {
    }

    /** The worksheet fields in link order. */
    public static List<Field<?>> all() {
        return List.of(BIAS, WEIGHTS, BIASES, ACTIVATIONS, INPUT, TARGET, LOSS, RATE, QUIZ);
    }

    /** A typed number: a plain decimal, also with the typographic minus "−" that course PDFs use; NaN if not. */
    static double number(String token) {
        return Decimals.parse(token.replace('\u2212', '-'));
    }

    /** The activation a typed name means (any case, and spellings such as Leaky-ReLU or logistic), or null. */
    static Activation activation(String token) {
        return Activation.byName(token);
    }

    static String checkWeights(String text) {
        List<TextGrid.Block> blocks = TextGrid.of(text).blocks();
        if (blocks.isEmpty()) {
            return "type one matrix per layer: a row per line, a blank line between matrices";
        }
        if (blocks.size() > MAX_LAYERS) {
            return "at most " + MAX_LAYERS + " weight matrices (one per layer); found " + blocks.size();
        }
        for (int l = 1; l <= blocks.size(); l++) {
            TextGrid.Block block = blocks.get(l - 1);
            String name = Notation.of("W", l);
            int columns = block.rows().get(0).size();
            for (TextGrid.Row row : block.rows()) {
                String bad = firstNonNumber(row.tokens());
                if (bad != null) {
                    return bad;
                }
                if (row.size() != columns) {
                    return "line " + row.line() + ": this row of " + name + " has " + count(row.size(), "number")
                            + ", but its first row (line " + block.line() + ") has " + columns;
                }
            }
            if (columns > MAX_UNITS) {
                return name + " (line " + block.line() + ") has " + columns + " columns; a layer may have at most "
                        + MAX_UNITS + " units";
            }
            if (block.rows().size() > MAX_UNITS + 1) {
                return name + " (line " + block.line() + ") has " + block.rows().size() + " rows; at most "
                        + (MAX_UNITS + 1) + " (a bias row and " + MAX_UNITS + " inputs)";
            }
        }
        return null;
    }

    static String checkBiases(String text) {
        List<TextGrid.Row> rows = TextGrid.of(text).rows();
        if (rows.size() > MAX_LAYERS) {
            return "at most " + MAX_LAYERS + " lines (one vector b⁽ˡ⁾ per layer); found " + rows.size();
        }
        for (TextGrid.Row row : rows) {
            String bad = firstNonNumber(row.tokens());
            if (bad != null) {
                return bad;
            }
            if (row.size() > MAX_UNITS) {
                return "line " + row.line() + " has " + row.size() + " numbers; a layer may have at most " + MAX_UNITS
                        + " units";
            }
        }
        return null;
    }

    static String checkActivations(String text) {
        List<TextGrid.Row> rows = TextGrid.of(text).rows();
        if (rows.isEmpty()) {
            return "type one line per layer, like: tanh sigmoid";
        }
        if (rows.size() > MAX_LAYERS) {
            return "at most " + MAX_LAYERS + " lines (one per layer); found " + rows.size();
        }
        for (TextGrid.Row row : rows) {
            for (TextGrid.Token t : row.tokens()) {
                if (activation(t.text()) == null) {
                    return at(t) + ": '" + Texts.clip(t.text()) + "' is not an activation (" + String.join(", ",
                            Fields.ids(Activation.values())) + ")";
                }
            }
            if (row.size() > MAX_UNITS) {
                return "line " + row.line() + " names " + row.size() + " activations; a layer may have at most "
                        + MAX_UNITS + " units";
            }
        }
        return null;
    }

    static String checkVector(String text) {
        List<TextGrid.Token> tokens = TextGrid.of(text).tokens();
        if (tokens.isEmpty()) {
            return "type at least one number";
        }
        String bad = firstNonNumber(tokens);
        if (bad != null) {
            return bad;
        }
        if (tokens.size() > MAX_UNITS) {
            return "at most " + MAX_UNITS + " numbers; found " + tokens.size();
        }
        return null;
    }

    /** The numbers of a vector box (already checked by its field). */
    static double[] vector(String text) {
        return numbers(TextGrid.of(text).tokens());
    }

    static double[] numbers(List<TextGrid.Token> tokens) {
        double[] out = new double[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(tokens.get(i).text());
        }
        return out;
    }

    private static String firstNonNumber(List<TextGrid.Token> tokens) {
        for (TextGrid.Token t : tokens) {
            if (Double.isNaN(number(t.text()))) {
                return at(t) + ": '" + Texts.clip(t.text()) + "' is not a number";
            }
        }
        return null;
    }

    static String at(TextGrid.Token t) {
        return "line " + t.line() + ", column " + t.column();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * How the page names a loss: what the course calls it. Only the name, as the chooser sits in a narrow column that
     * would cut a formula off; {@link #lossFormula} goes in the line under it.
     */
    public static String lossLabel(String id) {
        Loss loss = Loss.byId(id);
        if (loss == null) {
            return id;
        }
        String name = switch (loss) {
            case ABS -> "square-root error";
            case SSE -> "sum of squares";
            case HALF_SSE -> "½ · sum of squares";
            case MSE -> "mean squared error";
            case BCE -> "cross-entropy";
            default -> loss.id();
        };
        return name;
    }

    /** The formula of a loss, shown under the chooser: "E = Σ(y − t)²"; "" for an id that is not a loss. */
    public static String lossFormula(String id) {
        Loss loss = Loss.byId(id);
        return loss == null ? "" : loss.formula();
    }

    /** The losses offered, as ids. */
    static List<String> lossIds() {
        List<String> out = new ArrayList<>();
        for (Loss l : LOSSES) {
            out.add(l.id());
        }
        return out;
    }
}
