package org.backproplab.experiment.worksheet;

/**
 * One cell of a worksheet table: the text shown, the value behind it and, for numbers, a key naming the quantity
 * ("s:2:1" is s⁽²⁾₁) so that tests and the page can find every number by what it means.
 *
 * @param text  exactly what the page and the exports show
 * @param value the number shown (NaN for text and blank cells)
 * @param kind  what the cell holds
 * @param key   the quantity's key, or "" for text and blank cells
 * @param result whether the table computes this number (s, x, δ, ∂E/∂W…) rather than uses it (W, an input x)
 */
public record Cell(String text, double value, Kind kind, String key, boolean result) {
    /** What a cell holds. */
    public enum Kind {
        /** A computed or typed number. */
        NUMBER,
        /** The constant bias entry 1 of x⁽ˡ⁾ (bias-as-row-0 convention). */
        BIAS,
        /** A word, such as an activation's name. */
        TEXT,
        /** Nothing. */
        BLANK
    }

    static final Cell BLANK = new Cell("", Double.NaN, Kind.BLANK, "", false);

    /** A number the table uses. */
    static Cell number(double v, String key) {
        return new Cell(Notation.number(v), v, Kind.NUMBER, key, false);
    }

    /** A number the table computes. */
    static Cell result(double v, String key) {
        return new Cell(Notation.number(v), v, Kind.NUMBER, key, true);
    }

    static Cell bias(String key) {
        return new Cell("1", 1, Kind.BIAS, key, false);
    }

    static Cell text(String text) {
        return new Cell(text, Double.NaN, Kind.TEXT, "", false);
    }

    /** Whether the cell shows a number (the bias entry 1 included). */
    public boolean isNumber() {
        return kind == Kind.NUMBER || kind == Kind.BIAS;
    }
}
