package org.backproplab.text;

/**
 * The shortest decimal text that reads back as the very same double, for files and weights that must
 * round-trip to the bit ("0.1", "-2.5e-07", "0.30000000000000004").
 */
public final class ExactDecimal {
    private static final int MAX_DIGITS = 17; // 17 significant digits always identify a double

    private ExactDecimal() {
    }

    /**
     * The fewest significant digits (correctly rounded by {@link Numbers#general}) that {@link Decimals#parse}
     * reads back as {@code v}, "-0" for −0; "nan", "inf" or "-inf" for values that have no decimal (files keep the
     * words other programs read, where the page and the command line show ∞ and NaN).
     */
    public static String of(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        // Most computed values (weights, losses) need 16 or 17 digits: try those first. Below 16, search for the
        // fewest, since reading back gets more exact with more digits; each candidate is checked, so the result
        // is exact even where that is not strictly monotone (just below a power of two).
        String s = Numbers.general(v, 15);
        if (!readsBack(s, v)) {
            s = Numbers.general(v, 16);
            return wholeNumberWrittenOut(readsBack(s, v) ? s : Numbers.general(v, MAX_DIGITS), v);
        }
        int lo = 1;
        int hi = 15;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            String t = Numbers.general(v, mid);
            if (readsBack(t, v)) {
                hi = mid;
                s = t;
            } else {
                lo = mid + 1;
            }
        }
        return wholeNumberWrittenOut(s, v); // s is the text at hi digits, the fewest that read back
    }

    /** %g writes 100 to one digit as "1e+02": whole numbers below 10^17 are written out instead. */
    private static String wholeNumberWrittenOut(String s, double v) {
        int e = s.indexOf("e+");
        if (e < 0) {
            return s;
        }
        int exponent = Integer.parseInt(s.substring(e + 2));
        if (exponent >= MAX_DIGITS) {
            return s;
        }
        String whole = Numbers.general(v, exponent + 1);
        return readsBack(whole, v) ? whole : s;
    }

    /** The double written by {@link #of}: the text's value, with "-0" read as −0. */
    public static double parse(String text) {
        double v = Decimals.parse(text);
        return v == 0 && text.trim().startsWith("-") ? -0.0 : v;
    }

    private static boolean readsBack(String s, double v) {
        return Decimals.parse(s) == v; // v is finite and non-zero here, so == compares the bits
    }
}
