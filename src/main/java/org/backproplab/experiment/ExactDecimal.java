package org.backproplab.experiment;

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
     * reads back as {@code v}, "-0" for −0; "nan", "inf" or "-inf" for values that have no decimal.
     */
    public static String of(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Numbers.general(v, 1);
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        // Reading back gets more exact with more digits, so search for the fewest that round-trip; the final
        // check keeps the result exact even where that is not strictly monotone (just below a power of two).
        int lo = 1;
        int hi = MAX_DIGITS;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (readsBack(Numbers.general(v, mid), v)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int digits = readsBack(Numbers.general(v, lo), v) ? lo : MAX_DIGITS;
        // %g writes 100 to one digit as "1e+02": give whole numbers below 10^17 the digits to be written out
        String sci = Numbers.sci(v, digits - 1);
        int exponent = Integer.parseInt(sci.substring(sci.indexOf('e') + 1).replace("+", ""));
        return Numbers.general(v, exponent >= digits && exponent < MAX_DIGITS ? exponent + 1 : digits);
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
