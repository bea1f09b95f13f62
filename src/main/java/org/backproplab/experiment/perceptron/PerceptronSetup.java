package org.backproplab.experiment.perceptron;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Field;

/**
 * Reads perceptron mode's fields from an experiment state into a {@link PerceptronConfig}. Each field was checked
 * on its own when it was set; this checks what depends on two fields (an order must name the table's rows, the
 * weights must fit the table) and, when something is wrong, says which field to fix and how.
 */
public final class PerceptronSetup {
    /**
     * One thing to fix before the perceptron can run.
     *
     * @param key     the link key of the field to fix, so the page can show the message beside its control
     * @param message one sentence starting with the field's label
     */
    public record Problem(String key, String message) {
    }

    private final PerceptronConfig config;
    private final List<Problem> problems;
    private final double[] comparedRates;
    private final double[] comparedWeights;

    private PerceptronSetup(PerceptronConfig config, List<Problem> problems, ExperimentState state) {
        this.config = config;
        this.problems = List.copyOf(problems);
        this.comparedRates = PerceptronFields.numbers(state.text(PerceptronFields.COMPARED_RATES));
        this.comparedWeights = PerceptronFields.numbers(state.text(PerceptronFields.COMPARED_WEIGHTS));
    }

    /** The perceptron run the state describes, or the problems that stop it. */
    public static PerceptronSetup of(ExperimentState state) {
        List<Problem> problems = new ArrayList<>();
        TruthTable table = table(state, problems);
        if (table == null) {
            return new PerceptronSetup(null, problems, state);
        }
        PerceptronConfig config = PerceptronConfig.of(table)
                .withLearningRate(state.get(PerceptronFields.LEARNING_RATE))
                .withEpochs(state.get(PerceptronFields.EPOCHS))
                .withThreshold(PerceptronFields.threshold(state.get(PerceptronFields.THRESHOLD)));
        String orderText = state.get(PerceptronFields.ORDER);
        if (!orderText.isEmpty()) {
            ParseResult<SampleOrder> order = SampleOrder.parse(table, orderText);
            if (order.isOk()) {
                config = config.withOrder(order.value());
            } else {
                problems.add(problem(PerceptronFields.ORDER, listOf(withoutLines(order.errors()))
                        + " (leave it empty for the table's own order, " + table.defaultOrder().patterns() + ")"));
            }
        }
        double[] weights = PerceptronFields.numbers(state.get(PerceptronFields.INITIAL_WEIGHTS));
        if (weights.length == 1) {
            config = config.withInitialWeight(weights[0]);
        } else if (weights.length == config.weightCount()) {
            config = config.withInitialWeights(weights);
        } else {
            problems.add(problem(PerceptronFields.INITIAL_WEIGHTS, "give one value for all weights, or "
                    + config.weightCount() + " values " + weightNames(config.weightCount()) + " for "
                    + inputs(table.inputCount()) + "; found " + weights.length));
        }
        return new PerceptronSetup(problems.isEmpty() ? config : null, problems, state);
    }

    /**
     * Why the value just given to {@code changed} can't be used with the rest of the perceptron's settings (a
     * sample order of another table's rows, too few initial weights, an empty typed table), or null. Only the
     * changed field's own problems count: a field made wrong by another one's change is shown beside it instead.
     */
    public static String problemAfterChange(ExperimentState trial, Field<?> changed) {
        if (changed != PerceptronFields.TYPED_TABLE && changed != PerceptronFields.ORDER
                && changed != PerceptronFields.INITIAL_WEIGHTS) {
            return null;
        }
        for (Problem p : of(trial).problems()) {
            if (p.key().equals(changed.key())) {
                return p.message();
            }
        }
        return null;
    }

    /** True when the perceptron can run. */
    public boolean isOk() {
        return problems.isEmpty();
    }

    /** The configuration; throws IllegalStateException when there are problems. */
    public PerceptronConfig config() {
        if (!isOk()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        return config;
    }

    /** What to fix, in the order of the controls (empty when ok). */
    public List<Problem> problems() {
        return problems;
    }

    /** The comparison's rows: every compared η with every compared initial weight, on this configuration. */
    public List<PerceptronComparison.Row> comparison() {
        return PerceptronComparison.run(config(), comparedRates.clone(), comparedWeights.clone());
    }

    /** A table as text the typed-table field accepts: a header line "x1 x2 t", then one row per line. */
    public static String tableText(TruthTable table) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= table.inputCount(); i++) {
            out.append('x').append(i).append(' ');
        }
        out.append('t');
        for (int row = 0; row < table.rowCount(); row++) {
            out.append('\n');
            for (int i = 1; i <= table.inputCount(); i++) {
                out.append(table.input(row, i)).append(' ');
            }
            out.append(table.target(row));
        }
        return out.toString();
    }

    /** The table the state chooses, or null after adding the problem with it. */
    static TruthTable table(ExperimentState state, List<Problem> problems) {
        String choice = state.get(PerceptronFields.TABLE);
        if (!choice.equals(PerceptronFields.TYPED)) {
            return TruthTable.builtIn(choice).orElseThrow();
        }
        String text = state.get(PerceptronFields.TYPED_TABLE);
        if (text.isEmpty()) {
            problems.add(problem(PerceptronFields.TYPED_TABLE,
                    "type one row per line: the inputs x1 … xn, then the target t, each 0 or 1"));
            return null;
        }
        // The field's rule accepted the text, so this parse succeeds; the check keeps a future rule change honest.
        ParseResult<TruthTable> parsed = TruthTable.parse(text);
        if (!parsed.isOk()) {
            problems.add(problem(PerceptronFields.TYPED_TABLE, listOf(parsed.errors())));
            return null;
        }
        return parsed.value();
    }

    private static Problem problem(Field<?> field, String text) {
        return new Problem(field.key(), field.label() + ": " + text);
    }

    /** "w0 w1 w2 w3" for four weights. */
    private static String weightNames(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i > 0 ? " w" : "w").append(i);
        }
        return out.toString();
    }

    private static String inputs(int count) {
        return count == 1 ? "a table with 1 input" : "a table with " + count + " inputs";
    }

    /** The order is typed on one line, so its problems are worded without line numbers. */
    private static List<InputError> withoutLines(List<InputError> errors) {
        List<InputError> out = new ArrayList<>(errors.size());
        for (InputError e : errors) {
            // A repeated row's number is the line it first appeared on: meaningless here, so it is dropped too.
            boolean repeated = e.kind() == InputError.Kind.REPEATED_ROW;
            out.add(new InputError(0, e.kind(), e.found(), repeated ? 0 : e.number()));
        }
        return out;
    }

    /** Up to three problems in one message, so the first few lines to fix are all in view. */
    static String listOf(List<InputError> errors) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(3, errors.size()); i++) {
            if (i > 0) {
                out.append("; ");
            }
            out.append(errors.get(i).message());
        }
        if (errors.size() >= TruthTable.MAX_ERRORS) {
            out.append("; and more"); // the parsers stop counting there
        } else if (errors.size() > 3) {
            out.append("; and ").append(errors.size() - 3).append(" more");
        }
        return out.toString();
    }
}
