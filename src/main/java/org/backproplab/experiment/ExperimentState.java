package org.backproplab.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole experiment as text per {@link Field}: what a link, a preset, the command line and the page's
 * controls all read and write. Every stored text has been validated by its field, so {@link #get} never fails.
 */
public final class ExperimentState {
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** The default experiment. */
    public ExperimentState() {
    }

    /** A copy that can change independently. */
    public ExperimentState copy() {
        ExperimentState c = new ExperimentState();
        c.texts.putAll(texts);
        return c;
    }

    /** Sets a field from typed text; returns null, or a message and keeps the old value. */
    public String set(Field<?> field, String text) {
        if (text == null) {
            return field.label() + ": missing value";
        }
        String t;
        try {
            t = field.canonical(text);
        } catch (Field.FieldError e) {
            return e.getMessage();
        }
        if (t.equals(field.defaultText())) {
            texts.remove(field.key());
        } else {
            texts.put(field.key(), t);
        }
        return null;
    }

    /** Sets a field that must accept the text (presets, tests); throws on a programming error. */
    public ExperimentState with(Field<?> field, String text) {
        String problem = set(field, text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return this;
    }

    /** The field's text (its default when unset). */
    public String text(Field<?> field) {
        String t = texts.get(field.key());
        return t == null ? field.defaultText() : t;
    }

    /** The field's value. */
    public <T> T get(Field<T> field) {
        try {
            return field.parse(text(field));
        } catch (Field.FieldError e) {
            throw new IllegalStateException("stored text was validated: " + e.getMessage());
        }
    }

    /** Whether the field differs from its default. */
    public boolean isSet(Field<?> field) {
        return texts.containsKey(field.key());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperimentState && ((ExperimentState) o).texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }
}
