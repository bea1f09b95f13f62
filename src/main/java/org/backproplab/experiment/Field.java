package org.backproplab.experiment;

import org.backproplab.text.Texts;
import org.backproplab.text.Decimals;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One property of the experiment: its short link key, its default and the rule that turns typed text into a
 * value. The list of fields in {@link Fields} drives the link codec, presets, the command line and the page,
 * so each property is declared once.
 *
 * @param <T> the value's type
 */
public abstract class Field<T> {
    private final String key;
    private final String label;
    private final String defaultText;

    Field(String key, String label, String defaultText) {
        this.key = key;
        this.label = label;
        this.defaultText = defaultText;
    }

    /** The short name used in links, presets and the command line. */
    public String key() {
        return key;
    }

    /** The English label, used in messages. */
    public String label() {
        return label;
    }

    /** The text of the default value. */
    public String defaultText() {
        return defaultText;
    }

    /** The value of {@code text}, or a {@link FieldError} with a message a student can act on. */
    public abstract T parse(String text) throws FieldError;

    /**
     * The text to keep for a valid {@code text}: trimmed, and for names, the id ("ReLU" is kept as relu), so that a
     * link always says the same thing the same way.
     */
    public String canonical(String text) throws FieldError {
        parse(text);
        return text.trim();
    }

    /** The choices of an enumerated field, else an empty list. */
    public List<String> choices() {
        return List.of();
    }

    /** A message for a field whose text can't be used. */
    public static final class FieldError extends Exception {
        private static final long serialVersionUID = 1L;

        /** A field error with a message for people. */
        public FieldError(String message) {
            super(message, null, false, false);
        }
    }

    /** A whole number in [min, max]. */
    public static final class IntField extends Field<Integer> {
        private final int min;
        private final int max;

        /** A whole-number field. */
        public IntField(String key, String label, int def, int min, int max) {
            super(key, label, Integer.toString(def));
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer parse(String text) throws FieldError {
            String t = text.trim();
            if (t.isEmpty() || t.length() > 11) {
                throw new FieldError(label() + ": enter a whole number from " + min + " to " + max);
            }
            int start = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
            if (start == t.length()) {
                throw new FieldError(label() + ": enter a whole number from " + min + " to " + max);
            }
            long v = 0;
            for (int i = start; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    throw new FieldError(label() + ": '" + Texts.clip(t) + "' is not a whole number");
                }
                v = v * 10 + (c - '0');
            }
            if (t.charAt(0) == '-') {
                v = -v;
            }
            if (v < min || v > max) {
                throw new FieldError(label() + ": must be from " + min + " to " + max);
            }
            return (int) v;
        }
    }

    /** A finite decimal number in [min, max]. */
    public static final class DoubleField extends Field<Double> {
        private final double min;
        private final double max;
        private final boolean minExclusive;

        /** A decimal field; {@code minExclusive} excludes min itself. */
        public DoubleField(String key, String label, String def, double min, double max, boolean minExclusive) {
            super(key, label, def);
            this.min = min;
            this.max = max;
            this.minExclusive = minExclusive;
        }

        @Override
        public Double parse(String text) throws FieldError {
            double v = Decimals.parse(text);
            if (Double.isNaN(v)) {
                throw new FieldError(label() + ": '" + Texts.clip(text.trim()) + "' is not a number");
            }
            if (v < min || v > max || (minExclusive && v == min)) {
                throw new FieldError(label() + ": must be " + (minExclusive ? "above " : "from ")
                        + Decimals.show(min) + (minExclusive ? " and at most " : " to ") + Decimals.show(max));
            }
            return v;
        }
    }

    /** One of a fixed list of ids. */
    public static final class ChoiceField extends Field<String> {
        private final List<String> choices;
        private final UnaryOperator<String> spelling;

        /** A field taking one of {@code choices}. */
        public ChoiceField(String key, String label, String def, List<String> choices) {
            this(key, label, def, choices, UnaryOperator.identity());
        }

        /** A field taking one of {@code choices}, also as another spelling that {@code spelling} turns into it. */
        public ChoiceField(String key, String label, String def, List<String> choices, UnaryOperator<String> spelling) {
            super(key, label, def);
            this.choices = List.copyOf(choices);
            this.spelling = spelling;
        }

        @Override
        public String parse(String text) throws FieldError {
            String t = text.trim();
            String respelled = choices.contains(t) ? t : spelling.apply(t);
            if (respelled != null && choices.contains(respelled)) {
                return respelled;
            }
            throw new FieldError(label() + ": '" + Texts.clip(t) + "' is not one of " + String.join(", ", choices));
        }

        @Override
        public String canonical(String text) throws FieldError {
            return parse(text);
        }

        @Override
        public List<String> choices() {
            return choices;
        }
    }

    /** Free text up to a length, parsed later by its own rules (layer lists, formulas, weights). */
    public static final class TextField extends Field<String> {
        private final int maxLength;
        private final TextRule rule;
        private final UnaryOperator<String> canonical;

        /** A text field checked by {@code rule}. */
        public TextField(String key, String label, String def, int maxLength, TextRule rule) {
            this(key, label, def, maxLength, rule, UnaryOperator.identity());
        }

        /** A text field checked by {@code rule} and kept in the form {@code canonical} gives checked text. */
        public TextField(String key, String label, String def, int maxLength, TextRule rule,
                UnaryOperator<String> canonical) {
            super(key, label, def);
            this.maxLength = maxLength;
            this.rule = rule;
            this.canonical = canonical;
        }

        @Override
        public String parse(String text) throws FieldError {
            String t = text.trim();
            if (t.length() > maxLength) {
                throw new FieldError(label() + ": at most " + maxLength + " characters");
            }
            String problem = rule.check(t);
            if (problem != null) {
                throw new FieldError(label() + ": " + problem);
            }
            return canonical.apply(t);
        }

        @Override
        public String canonical(String text) throws FieldError {
            return parse(text);
        }
    }

    /** Checks a text field's content; returns a problem or null. */
    public interface TextRule {
        /** A problem with the text, or null. */
        String check(String text);
    }
}
