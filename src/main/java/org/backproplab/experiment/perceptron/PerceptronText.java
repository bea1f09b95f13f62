package org.backproplab.experiment.perceptron;

/**
 * Every English sentence of perceptron mode, in one place so that the page can swap in a translation later.
 * Callers that word things themselves use the structured values these sentences are built from.
 */
final class PerceptronText {
    private PerceptronText() {
    }

    static String summary(PerceptronRun run) {
        if (!run.converged()) {
            // Two counts that differ and are both right: the mistakes made (and updated on) during the last epoch,
            // and those of the weights it ends with, which the table beside shows; each named as what it is.
            int errors = run.errorsIn(run.epochs());
            int rows = run.config().table().rowCount();
            int wrong = PerceptronEpoch.of(run, run.epochs()).misclassified();
            String head = "does not converge: still " + errors + (errors == 1 ? " error" : " errors")
                    + " (updates) during epoch " + run.epochs() + "; ";
            return head + (wrong == 0 ? "its final weights classify every row correctly, so epoch " + (run.epochs() + 1)
                    + " would have none" : "its final weights misclassify " + wrong + " of the " + rows + " rows");
        }
        String head = "converged: first epoch with zero errors is " + run.firstEpochWithZeroErrors();
        if (run.lastEpochWithUpdate() == 0) {
            return head + " (the initial weights already classify every sample)";
        }
        return head + " (weights last changed in epoch " + run.lastEpochWithUpdate() + ")";
    }

    static String inputError(InputError e) {
        String where = e.line() > 0 ? "line " + e.line() + ": " : "";
        switch (e.kind()) {
            case NOT_BINARY:
                return where + "expected 0 or 1, found '" + e.found() + "'";
            case COLUMN_COUNT:
                return where + "expected " + e.number() + " columns like the first row, found " + e.found();
            case TOO_FEW_COLUMNS:
                return where + "a row needs at least one input and the target, found " + e.found() + " column";
            case TOO_MANY_INPUTS:
                return where + "at most " + e.number() + " inputs are allowed, found " + e.found();
            case DUPLICATE_ROW:
                return where + "inputs " + e.found() + " were already given on line " + e.number();
            case NO_ROWS:
                return where + "the table has no rows";
            case BAD_PATTERN:
                return where + "'" + e.found() + "' is not a row pattern of " + e.number() + " zeros and ones";
            case UNKNOWN_ROW:
                return where + "the table has no row " + e.found();
            case REPEATED_ROW:
                // number 0: the caller words the order without lines (a one-line field)
                return where + "row " + e.found() + " is already in the order"
                        + (e.number() > 0 ? " on line " + e.number() : "");
            case MISSING_ROW:
                return where + "row " + e.found() + " is missing from the order";
            default:
                throw new IllegalStateException("no text for " + e.kind());
        }
    }
}
