package org.backproplab.experiment.perceptron;

/**
 * One problem in text the user typed (a truth table or a sample order), with the line it is on.
 *
 * @param line   1-based line of the text, or 0 when the problem concerns the text as a whole
 * @param kind   what is wrong, for callers that word the message themselves
 * @param found  the offending token or row pattern ("2", "0110"), or "" when there is none
 * @param number a number the message needs: the expected column count ({@link Kind#COLUMN_COUNT}), the limit
 *               ({@link Kind#TOO_MANY_INPUTS}), the minimum ({@link Kind#TOO_FEW_COLUMNS}), the line of the first occurrence
 *               ({@link Kind#DUPLICATE_ROW}), the expected pattern length ({@link Kind#BAD_PATTERN}); else 0
 */
public record InputError(int line, Kind kind, String found, int number) {
    /** What can be wrong with a typed truth table or sample order. */
    public enum Kind {
        /** A table value other than 0 or 1. */
        NOT_BINARY,
        /** A table line has a different number of columns than the first row. */
        COLUMN_COUNT,
        /** A table line has fewer than two columns (one input and the target). */
        TOO_FEW_COLUMNS,
        /** More inputs than {@link TruthTable#MAX_INPUTS}. */
        TOO_MANY_INPUTS,
        /** The same input pattern on two lines. */
        DUPLICATE_ROW,
        /** The table text has no rows at all. */
        NO_ROWS,
        /** A sample-order entry that is not a string of 0/1 of the table's input count. */
        BAD_PATTERN,
        /** A sample-order entry naming a row the table does not have. */
        UNKNOWN_ROW,
        /** A sample-order entry given twice. */
        REPEATED_ROW,
        /** A table row the sample order leaves out. */
        MISSING_ROW
    }

    /** The problem in one English sentence, prefixed with its line ("line 3: …"). */
    public String message() {
        return PerceptronText.inputError(this);
    }
}
