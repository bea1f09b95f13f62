package org.backproplab.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of reading user input into a dataset: either the dataset, or the errors found. Errors are values,
 * not exceptions, because bad input is the normal case for a student typing into a page.
 */
public final class DataResult {
    /** At most this many messages are kept; {@link #errorCount()} still counts them all. */
    public static final int MAX_MESSAGES = 20;

    private final Dataset dataset;
    private final List<String> errors;
    private final int errorCount;
    private final int goodRows;

    private DataResult(Dataset dataset, List<String> errors, int errorCount, int goodRows) {
        this.dataset = dataset;
        this.errors = errors;
        this.errorCount = errorCount;
        this.goodRows = goodRows;
    }

    static DataResult success(Dataset dataset) {
        return new DataResult(dataset, Collections.<String>emptyList(), 0, dataset.size());
    }

    static DataResult failure(List<String> messages, int errorCount, int goodRows) {
        List<String> kept = new ArrayList<>(messages.subList(0, Math.min(messages.size(), MAX_MESSAGES)));
        return new DataResult(null, Collections.unmodifiableList(kept), Math.max(errorCount, kept.size()),
                goodRows);
    }

    static DataResult failure(String message) {
        List<String> one = new ArrayList<>();
        one.add(message);
        return failure(one, 1, 0);
    }

    /** True if there were no errors and a dataset was built. */
    public boolean ok() {
        return dataset != null;
    }

    /** The dataset; throws IllegalStateException if there were errors. */
    public Dataset dataset() {
        if (dataset == null) {
            throw new IllegalStateException("no dataset: " + errors.get(0));
        }
        return dataset;
    }

    /** The first {@value #MAX_MESSAGES} error messages, in input order (read-only; empty on success). */
    public List<String> errors() {
        return errors;
    }

    /** How many errors were found in all, including those beyond the kept messages. */
    public int errorCount() {
        return errorCount;
    }

    /** How many rows were read without error. */
    public int goodRows() {
        return goodRows;
    }

    @Override
    public String toString() {
        return ok() ? "ok: " + dataset : errorCount + " error(s): " + errors;
    }
}
