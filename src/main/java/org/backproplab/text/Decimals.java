package org.backproplab.text;

import java.math.BigDecimal;

/**
 * Reads decimal numbers typed by people, identically on the JVM and in the browser.
 *
 * <p>Why not just {@code Double.parseDouble}: it accepts things a field should not ("NaN", "Infinity", "1d",
 * hex floats), and the value must be the correctly rounded double on both platforms, which BigDecimal's exact
 * arithmetic guarantees.
 */
public final class Decimals {
    private Decimals() {
    }

    /** The double nearest to a plain decimal like "-0.5", "1e-3" or ".25", or NaN when the text isn't one. */
    public static double parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 40) {
            return Double.NaN;
        }
        int i = 0;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            i++;
        }
        int digits = 0;
        boolean dot = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < t.length()) {
            char c = t.charAt(i);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            for (; i < t.length(); i++) {
                char d = t.charAt(i);
                if (d < '0' || d > '9' || ++expDigits > 3) {
                    return Double.NaN;
                }
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        double v = new BigDecimal(t.charAt(0) == '+' ? t.substring(1) : t).doubleValue();
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /** A bound for a message, in the shared formatter's general form (6 significant digits). */
    public static String show(double v) {
        return Numbers.general(v, 6);
    }
}
