package org.backproplab.experiment.perceptron;

import java.util.List;
import org.backproplab.text.Decimals;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Field.ChoiceField;
import org.backproplab.experiment.Field.DoubleField;
import org.backproplab.experiment.Field.IntField;
import org.backproplab.experiment.Field.TextField;
import org.backproplab.text.Texts;

/**
 * Perceptron mode's part of the experiment state (truth table, η, initial weights, convention). Keys start with
 * "p" so they never meet the Train view's {@code lr} and {@code epochs}, whose defaults differ.
 *
 * <p>Each field checks what it can on its own; what depends on two fields (an order that must name the table's
 * rows, as many weights as the table needs) is checked by {@link PerceptronSetup}, which names the field to blame.
 */
public final class PerceptronFields {
    /** The choice of {@link #TABLE} that uses the text of {@link #TYPED_TABLE}. */
    public static final String TYPED = "typed";
    /** Most values in each comparison list: 5 × 5 runs stay instant even on the largest tables. */
    public static final int MAX_COMPARED = 5;
    /** The largest learning rate accepted, as for the Train view. */
    static final double MAX_RATE = 100;

    /** A built-in truth table by lower-case name, or {@link #TYPED}. The course's default run is on majority3. */
    public static final ChoiceField TABLE = new ChoiceField("ptable", "Truth table", "majority3",
            List.of("and", "or", "nand", "nor", "xor", "majority3", TYPED));
    /**
     * The typed table, one row "x1 x2 … t" per line; used when {@link #TABLE} is {@link #TYPED}. At most 2400
     * characters: a full 7-input table with a header fits, and so does its link, where every space and line break
     * takes three characters ("%20", "%0A") under the link's limit of 8192.
     */
    public static final TextField TYPED_TABLE = new TextField("ptext", "Typed table", "", 2400,
            PerceptronFields::checkTable);
    /** The order rows are visited in, as patterns ("100 101 …"); empty means the table's default order. */
    public static final TextField ORDER = new TextField("porder", "Sample order", "", 1200,
            PerceptronFields::checkOrder);
    /** The learning rate η. */
    public static final DoubleField LEARNING_RATE = new DoubleField("peta", "Learning rate η", "0.1", 0, MAX_RATE,
            true);
    /** One initial weight for all, or every weight w0 w1 … wn (bias weight first). */
    public static final TextField INITIAL_WEIGHTS = new TextField("pw", "Initial weights", "0.6", 200,
            t -> checkNumbers(t, TruthTable.MAX_INPUTS + 1, false));
    /** The threshold convention, by {@link Threshold} name in lower case. */
    public static final ChoiceField THRESHOLD = new ChoiceField("pthr", "Threshold", "bipolar",
            List.of("bipolar", "bipolar_ge", "binary"));
    /** The number of epochs run and printed. */
    public static final IntField EPOCHS = new IntField("pepochs", "Epochs", PerceptronConfig.DEFAULT_EPOCHS, 1,
            PerceptronConfig.MAX_EPOCHS);
    /** The learning rates compared side by side. */
    public static final TextField COMPARED_RATES = new TextField("pceta", "Compared learning rates", "0.01, 0.1", 200,
            t -> checkNumbers(t, MAX_COMPARED, true));
    /** The initial weights compared side by side (each run starts with all weights equal to one of them). */
    public static final TextField COMPARED_WEIGHTS = new TextField("pcw", "Compared initial weights", "0.25, 0.6",
            200, t -> checkNumbers(t, MAX_COMPARED, false));

    private static final List<Field<?>> ALL = List.of(TABLE, TYPED_TABLE, ORDER, LEARNING_RATE, INITIAL_WEIGHTS,
            THRESHOLD, EPOCHS, COMPARED_RATES, COMPARED_WEIGHTS);

    private PerceptronFields() {
    }

    /** The perceptron fields in link order. */
    public static List<Field<?>> all() {
        return ALL;
    }

    /** The threshold convention a {@link #THRESHOLD} choice names. */
    static Threshold threshold(String choice) {
        switch (choice) {
            case "bipolar_ge":
                return Threshold.BIPOLAR_GE;
            case "binary":
                return Threshold.BINARY;
            default:
                return Threshold.BIPOLAR;
        }
    }

    /** The numbers of a list field already accepted by its rule. */
    static double[] numbers(String text) {
        List<String> tokens = Tokens.split(text);
        double[] out = new double[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Decimals.parse(tokens.get(i));
        }
        return out;
    }

    private static String checkTable(String text) {
        if (text.isEmpty()) {
            return null; // nothing typed yet; PerceptronSetup asks for rows when the typed table is chosen
        }
        ParseResult<TruthTable> parsed = TruthTable.parse(text);
        return parsed.isOk() ? null : PerceptronSetup.listOf(parsed.errors());
    }

    /** Only the form of each entry: whether the entries fit the table is for {@link PerceptronSetup}. */
    private static String checkOrder(String text) {
        List<String> tokens = Tokens.split(text);
        if (tokens.size() > TruthTable.MAX_ROWS) {
            return "at most " + TruthTable.MAX_ROWS + " rows";
        }
        for (String token : tokens) {
            if (TruthTable.patternValue(token, token.length()) < 0 || token.length() > TruthTable.MAX_INPUTS) {
                return "'" + Texts.clip(token) + "' is not a row pattern such as 101";
            }
        }
        return null;
    }

    private static String checkNumbers(String text, int max, boolean positive) {
        List<String> tokens = Tokens.split(text);
        if (tokens.isEmpty()) {
            return "enter at least one number";
        }
        if (tokens.size() > max) {
            return "at most " + max + " numbers, found " + tokens.size();
        }
        for (String token : tokens) {
            double v = Decimals.parse(token);
            if (Double.isNaN(v)) {
                return "'" + Texts.clip(token) + "' is not a number";
            }
            if (positive && !(v > 0 && v <= MAX_RATE)) {
                return "each learning rate must be above 0 and at most " + Decimals.show(MAX_RATE) + ", found "
                        + Texts.clip(token);
            }
        }
        return null;
    }
}
