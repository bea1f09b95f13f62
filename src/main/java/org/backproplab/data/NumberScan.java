package org.backproplab.data;

/**
 * Number scanning and formatting shared by the formula parser and the CSV reader.
 *
 * <p>We scan by hand instead of trusting {@link Double#parseDouble} alone: it also accepts "NaN", "Infinity",
 * hex floats and suffixes like "1d", none of which a student means as a data value.
 */
final class NumberScan {
    private NumberScan() {
    }

    /**
     * The end of the plain decimal number starting at {@code start} ({@code 12}, {@code .5}, {@code 3.},
     * {@code 1e-3}; no sign), or -1 if there is none. An 'e' not followed by digits is not consumed.
     */
    static int scanUnsigned(CharSequence s, int start) {
        int n = s.length();
        int i = start;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    /** True if all of {@code s} is one optionally signed plain decimal number. */
    static boolean isPlainNumber(String s) {
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            start = 1;
        }
        return scanUnsigned(s, start) == s.length();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isFinite(double v) {
        return v == v && v != Double.POSITIVE_INFINITY && v != Double.NEGATIVE_INFINITY;
    }

    /**
     * A short, platform-independent rendering for messages: at most four decimals, trailing zeros dropped.
     * Double.toString is avoided because its digits are not guaranteed identical in the browser.
     */
    static String format(double v) {
        if (!isFinite(v)) {
            return v != v ? "NaN" : v > 0 ? "infinity" : "-infinity";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return v > 0 ? "more than 1e9" : "less than -1e9";
        }
        // Four decimals by whole-number arithmetic in doubles (exact below 2^53), so ints suffice for digits.
        double scaled = Math.floor(a * 10000 + 0.5);
        double whole = Math.floor(scaled / 10000);
        int frac = (int) (scaled - whole * 10000);
        StringBuilder sb = new StringBuilder();
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append((int) whole);
        if (frac != 0) {
            sb.append('.');
            int div = 1000;
            while (frac != 0) {
                sb.append((char) ('0' + frac / div));
                frac %= div;
                div /= 10;
            }
        }
        return sb.toString();
    }
}
