package org.backproplab.experiment.perceptron;

import java.util.List;

/** Either a value parsed from user text or the list of problems found in it; never both, never neither. */
public final class ParseResult<T> {
    private final T value;
    private final List<InputError> errors;

    private ParseResult(T value, List<InputError> errors) {
        this.value = value;
        this.errors = List.copyOf(errors);
    }

    static <T> ParseResult<T> ok(T value) {
        return new ParseResult<>(value, List.of());
    }

    static <T> ParseResult<T> failed(List<InputError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed parse needs at least one error");
        }
        return new ParseResult<>(null, errors);
    }

    /** True when the text parsed without errors. */
    public boolean isOk() {
        return errors.isEmpty();
    }

    /** The parsed value; throws IllegalStateException when there were errors. */
    public T value() {
        if (!isOk()) {
            throw new IllegalStateException("text has errors: " + errors.get(0).message());
        }
        return value;
    }

    /** The problems found, in text order (empty when ok). */
    public List<InputError> errors() {
        return errors;
    }
}
