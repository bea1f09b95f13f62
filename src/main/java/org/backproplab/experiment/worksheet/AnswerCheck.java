package org.backproplab.experiment.worksheet;

import java.math.BigDecimal;
import org.backproplab.text.Decimals;

/**
 * Marks a number a student typed for a worksheet cell ("Answer first" mode) against the exact value.
 *
 * <p>The rule: an answer is right when it agrees with the value to the places the student wrote, |typed − value| ≤
 * ½·10⁻ᵈ, d being the decimals typed ("0.6" is judged to 1 decimal, "0.604" to 3), plus a slack of 10⁻⁹·|value| so
 * that a student who carried rounded numbers from earlier steps is not failed on a digit far beyond the ones typed.
 * Scientific notation counts the places of the number it writes: "6.04e-1" is 0.604, judged like it, and told as "to
 * 3 significant digits". No answer is judged finer than the worksheet's own 6 decimals: a student who types more
 * digits than the worksheet shows is told "to 6 decimals". Both numbers are compared exactly (BigDecimal), so the
 * verdict at a boundary is the same on the JVM and in the browser.
 */
public final class AnswerCheck {
    /** The finest place an answer is judged at: the worksheet's. */
    static final int FINEST_DECIMALS = Notation.DECIMALS;
    /** The relative slack for the student's own rounding of earlier steps. */
    private static final BigDecimal SLACK = new BigDecimal("1e-9");

    /**
     * A mark.
     *
     * @param right whether the answer is right
     * @param text  what the cell shows: "✓ to 3 decimals", "✗", "✗ not a number"
     */
    public record Verdict(boolean right, String text) {
    }

    private AnswerCheck() {
    }

    /** The mark of {@code typed} as an answer for the exact {@code value}. */
    public static Verdict check(String typed, double value) {
        String t = typed.trim().replace('\u2212', '-');
        if (!Double.isFinite(value)) {
            // a diverged step shows "NaN" or "∞": the student who writes what it shows (or "inf") is right
            String shown = Notation.number(value);
            String word = Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
            return t.equalsIgnoreCase(shown) || t.equalsIgnoreCase(word) ? new Verdict(true, "✓") : wrong(t);
        }
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (Double.isNaN(Decimals.parse(t))) {
            return new Verdict(false, "✗ not a number");
        }
        Written written = Written.of(t);
        int places = Math.min(written.places, FINEST_DECIMALS);
        BigDecimal tolerance = BigDecimal.valueOf(5).scaleByPowerOfTen(-places - 1)
                .add(new BigDecimal(Math.abs(value)).multiply(SLACK));
        BigDecimal gap = new BigDecimal(t).subtract(new BigDecimal(value)).abs();
        if (gap.compareTo(tolerance) > 0) {
            return new Verdict(false, "✗");
        }
        return new Verdict(true, "✓ " + precision(written, places));
    }

    private static Verdict wrong(String t) {
        return new Verdict(false, Double.isNaN(Decimals.parse(t)) ? "✗ not a number" : "✗");
    }

    /** "to 3 decimals", "to 2 significant digits": how finely the answer was judged. */
    private static String precision(Written written, int places) {
        if (written.scientific && written.significant > 0 && places == written.places) {
            return written.significant == 1 ? "to 1 significant digit"
                    : "to " + written.significant + " significant digits";
        }
        if (places < 0) {
            return "to the nearest " + BigDecimal.ONE.scaleByPowerOfTen(-places).toPlainString();
        }
        return places == 1 ? "to 1 decimal" : "to " + places + " decimals";
    }

    /**
     * How a number was written: the place of its last digit (decimals after the point, less the exponent) and, in
     * scientific notation, its significant digits.
     */
    private record Written(int places, boolean scientific, int significant) {
        /** {@code t} is a plain decimal Decimals accepts ("-0.5", "6.04e-1", ".25"), without a leading "+". */
        static Written of(String t) {
            int e = Math.max(t.indexOf('e'), t.indexOf('E'));
            String mantissa = e < 0 ? t : t.substring(0, e);
            int exponent = e < 0 ? 0 : exponent(t.substring(e + 1));
            int dot = mantissa.indexOf('.');
            int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
            int significant = 0;
            boolean leading = true;
            for (int i = 0; i < mantissa.length(); i++) {
                char c = mantissa.charAt(i);
                if (c >= '1' && c <= '9') {
                    leading = false;
                }
                if (c >= '0' && c <= '9' && !leading) {
                    significant++;
                }
            }
            return new Written(decimals - exponent, e >= 0, significant);
        }

        /** "-3", "+12", "4": at most three digits, as Decimals has checked. */
        private static int exponent(String text) {
            int sign = text.startsWith("-") ? -1 : 1;
            int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
            int n = 0;
            for (; i < text.length(); i++) {
                n = n * 10 + (text.charAt(i) - '0');
            }
            return sign * n;
        }
    }
}
