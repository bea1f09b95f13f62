package org.backproplab.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The one number formatter of Backprop Lab: every number the CLI, the page or an export shows goes through here.
 *
 * <p>Each method rounds the <em>exact</em> binary value of the double once, half to even, as C's printf and
 * Python's {@code format} do, so "2.675" (stored as 2.67499999…) prints as 2.67 and 0.125 as 0.12. Why not
 * {@code String.format} or {@code Double.toString}: TeaVM throws on {@code %e}/{@code %g}, rounds {@code %.2f}
 * differently from the JVM, and prints some doubles differently; the JDK itself rounds the shortest decimal
 * string instead of the exact value. {@link BigDecimal}'s exact {@code double} constructor and {@code setScale}
 * give the same digits on the JVM and in TeaVM's JavaScript (checked on 60,000 values in node), so the same
 * double prints the same characters everywhere. Its {@code round(MathContext)} does not (TeaVM misrounds some
 * values), so it is not used.
 *
 * <p>Huge and non-finite values read as such wherever they are shown: {@link #fixed} switches to scientific notation
 * from {@value #SCIENTIFIC_FROM} on (a diverged output of 1.7e306 is "1.75e+306", not a 307-digit number that runs
 * out of its card), and every method writes ∞, -∞ and NaN for the non-finite values.
 */
public final class Numbers {
    /** Integers below this are exact as longs and need no rounding: the fast path skips BigDecimal. */
    private static final double LONG_FAST_PATH_LIMIT = 1e15;
    /** From this magnitude on {@link #fixed} writes scientific notation: ten or more integer digits are unreadable. */
    public static final double SCIENTIFIC_FROM = 1e9;

    private Numbers() {
    }

    /**
     * {@code v} with exactly {@code decimals} digits after the point, like Python's {@code format(v, '.Nf')}:
     * "-0.00" for -5.55e-17 and for -0.0; from ±{@value #SCIENTIFIC_FROM} on in scientific notation with as many
     * decimals (at least 1): "1.75e+306"; "∞", "-∞" and "NaN" for non-finite values.
     */
    public static String fixed(double v, int decimals) {
        requireNonNegative(decimals, "decimals");
        if (!isFinite(v)) {
            return nonFinite(v);
        }
        if (Math.abs(v) >= SCIENTIFIC_FROM) {
            return sci(v, Math.max(decimals, 1));
        }
        StringBuilder out = new StringBuilder();
        if (isNegative(v)) {
            // The sign comes from v, not from the rounded digits: a tiny negative number prints as -0.00.
            out.append('-');
        }
        double magnitude = Math.abs(v);
        if (magnitude < LONG_FAST_PATH_LIMIT && magnitude == Math.floor(magnitude)) {
            out.append((long) magnitude);
            if (decimals > 0) {
                out.append('.');
                appendZeros(out, decimals);
            }
            return out.toString();
        }
        out.append(new BigDecimal(magnitude).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
        return out.toString();
    }

    /**
     * {@code v} in scientific notation with {@code decimals} digits after the point, like Python's
     * {@code format(v, '.Ne')}: "6.00e-06", "1.23e+04", "-2.50e-01", "0.00e+00"; "∞", "-∞", "NaN".
     */
    public static String sci(double v, int decimals) {
        requireNonNegative(decimals, "decimals");
        if (!isFinite(v)) {
            return nonFinite(v);
        }
        StringBuilder out = new StringBuilder();
        if (isNegative(v)) {
            out.append('-');
        }
        Significand s = Significand.of(Math.abs(v), decimals + 1);
        out.append(s.digits.charAt(0));
        if (decimals > 0) {
            out.append('.').append(s.digits, 1, s.digits.length());
        }
        appendExponent(out, s.exponent);
        return out.toString();
    }

    /**
     * {@code v} rounded to {@code significant} digits, in fixed or scientific notation as %g chooses, like
     * Python's {@code format(v, '.Ng')}: fixed when 1e-4 ≤ |rounded v| < 10^N, trailing zeros removed
     * ("0.0801", "1e-05", "1.23e+05", "10"); 0 significant digits means 1; "∞", "-∞", "NaN".
     */
    public static String general(double v, int significant) {
        requireNonNegative(significant, "significant");
        if (!isFinite(v)) {
            return nonFinite(v);
        }
        int precision = Math.max(significant, 1);
        StringBuilder out = new StringBuilder();
        if (isNegative(v)) {
            out.append('-');
        }
        Significand s = Significand.of(Math.abs(v), precision);
        // The choice of notation uses the exponent after rounding (9.9996 to 4 digits is 10.00, so "10").
        if (s.exponent >= -4 && s.exponent < precision) {
            appendPositional(out, s.digits, s.exponent);
        } else {
            appendWithoutTrailingZeros(out, s.digits.charAt(0), s.digits.substring(1));
            appendExponent(out, s.exponent);
        }
        return out.toString();
    }

    /** Digits {@code d0 d1 … } written as d0.d1d2… × 10^exponent, with -4 ≤ exponent < digits.length(). */
    private static void appendPositional(StringBuilder out, String digits, int exponent) {
        if (exponent >= 0) {
            out.append(digits, 0, exponent + 1);
            appendFraction(out, digits.substring(exponent + 1));
        } else {
            out.append('0');
            StringBuilder fraction = new StringBuilder();
            appendZeros(fraction, -exponent - 1);
            fraction.append(digits);
            appendFraction(out, fraction.toString());
        }
    }

    private static void appendWithoutTrailingZeros(StringBuilder out, char lead, String fraction) {
        out.append(lead);
        appendFraction(out, fraction);
    }

    /** Appends "." and {@code fraction} without its trailing zeros, or nothing if no digit remains (%g does). */
    private static void appendFraction(StringBuilder out, String fraction) {
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0) {
            out.append('.').append(fraction, 0, end);
        }
    }

    /** "e+04", "e-300": sign always, at least two digits, as C and Python write exponents. */
    private static void appendExponent(StringBuilder out, int exponent) {
        out.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        out.append(magnitude);
    }

    private static void appendZeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
    }

    private static boolean isFinite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    /** "∞", "-∞", "NaN": what a reader of the page calls them (Python's "inf" and "nan" read as words). */
    private static String nonFinite(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v > 0 ? "∞" : "-∞";
    }

    /** True for negative numbers and for -0.0 (1 / -0.0 is -infinity), which C and Python print with a sign. */
    private static boolean isNegative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    private static void requireNonNegative(int count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + count);
        }
    }

    /** A non-negative value rounded to a fixed number of significant digits: value = d0.d1d2… × 10^exponent. */
    private static final class Significand {
        final String digits;
        final int exponent;

        private Significand(String digits, int exponent) {
            this.digits = digits;
            this.exponent = exponent;
        }

        static Significand of(double magnitude, int precision) {
            StringBuilder digits = new StringBuilder(precision);
            if (magnitude == 0) {
                appendZeros(digits, precision);
                return new Significand(digits.toString(), 0);
            }
            // Not BigDecimal.round(MathContext): TeaVM 0.15's round() truncates or misrounds some values
            // (100046 to 5 digits gives 1.0004e+05), while setScale() agrees with the JVM. So scale the exact value
            // into [1, 10) by moving the decimal point (exact), then round it to precision - 1 decimals.
            BigDecimal exact = new BigDecimal(magnitude);
            BigInteger unscaled = exact.unscaledValue();
            int exponent = unscaled.toString().length() - 1 - exact.scale();
            BigDecimal mantissa = new BigDecimal(unscaled, exact.scale() + exponent);
            String rounded = mantissa.setScale(precision - 1, RoundingMode.HALF_EVEN).unscaledValue().toString();
            if (rounded.length() > precision) {
                // Rounding carried into a new leading digit (9.996e-5 to 3 digits is 10.0e-5): "100…" at exponent + 1.
                exponent++;
            }
            digits.append(rounded, 0, precision);
            return new Significand(digits.toString(), exponent);
        }
    }
}
