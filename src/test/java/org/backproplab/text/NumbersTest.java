package org.backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class NumbersTest {
    /**
     * Expected strings printed by CPython 3 ({@code format(v, spec)}), the definition Numbers follows. Columns: the
     * double (Python repr), then .0f .2f .3f .0e .2e .3g .6g .1g.
     */
    private static final String PYTHON_TABLE = """
            -5.551115123125783e-17|-0|-0.00|-0.000|-6e-17|-5.55e-17|-5.55e-17|-5.55112e-17|-6e-17
            0.39999999999999997|0|0.40|0.400|4e-01|4.00e-01|0.4|0.4|0.4
            2.675|3|2.67|2.675|3e+00|2.67e+00|2.67|2.675|3
            0.125|0|0.12|0.125|1e-01|1.25e-01|0.125|0.125|0.1
            0.375|0|0.38|0.375|4e-01|3.75e-01|0.375|0.375|0.4
            1e+20|100000000000000000000|100000000000000000000.00|100000000000000000000.000|1e+20|1.00e+20|1e+20|1e+20|1e+20
            0.5|0|0.50|0.500|5e-01|5.00e-01|0.5|0.5|0.5
            1.5|2|1.50|1.500|2e+00|1.50e+00|1.5|1.5|2
            2.5|2|2.50|2.500|2e+00|2.50e+00|2.5|2.5|2
            -2.5|-2|-2.50|-2.500|-2e+00|-2.50e+00|-2.5|-2.5|-2
            -0.0|-0|-0.00|-0.000|-0e+00|-0.00e+00|-0|-0|-0
            0.0|0|0.00|0.000|0e+00|0.00e+00|0|0|0
            1.005|1|1.00|1.005|1e+00|1.00e+00|1|1.005|1
            1.115|1|1.11|1.115|1e+00|1.11e+00|1.11|1.115|1
            0.045|0|0.04|0.045|4e-02|4.50e-02|0.045|0.045|0.04
            123456.789|123457|123456.79|123456.789|1e+05|1.23e+05|1.23e+05|123457|1e+05
            9.996e-05|0|0.00|0.000|1e-04|1.00e-04|0.0001|9.996e-05|0.0001
            6e-06|0|0.00|0.000|6e-06|6.00e-06|6e-06|6e-06|6e-06
            12345.0|12345|12345.00|12345.000|1e+04|1.23e+04|1.23e+04|12345|1e+04
            -0.25|-0|-0.25|-0.250|-2e-01|-2.50e-01|-0.25|-0.25|-0.2
            0.1|0|0.10|0.100|1e-01|1.00e-01|0.1|0.1|0.1
            0.3333333333333333|0|0.33|0.333|3e-01|3.33e-01|0.333|0.333333|0.3
            -0.6666666666666666|-1|-0.67|-0.667|-7e-01|-6.67e-01|-0.667|-0.666667|-0.7
            999.9999|1000|1000.00|1000.000|1e+03|1.00e+03|1e+03|1000|1e+03
            0.0001|0|0.00|0.000|1e-04|1.00e-04|0.0001|0.0001|0.0001
            1e-05|0|0.00|0.000|1e-05|1.00e-05|1e-05|1e-05|1e-05
            1e-300|0|0.00|0.000|1e-300|1.00e-300|1e-300|1e-300|1e-300
            5e-324|0|0.00|0.000|5e-324|4.94e-324|4.94e-324|4.94066e-324|5e-324
            0.08008|0|0.08|0.080|8e-02|8.01e-02|0.0801|0.08008|0.08
            0.5998|1|0.60|0.600|6e-01|6.00e-01|0.6|0.5998|0.6
            1e+16|10000000000000000|10000000000000000.00|10000000000000000.000|1e+16|1.00e+16|1e+16|1e+16|1e+16
            1.2345678901234568e+17|123456789012345680|123456789012345680.00|123456789012345680.000|1e+17|1.23e+17|1.23e+17|1.23457e+17|1e+17
            9.5|10|9.50|9.500|1e+01|9.50e+00|9.5|9.5|1e+01
            0.95|1|0.95|0.950|9e-01|9.50e-01|0.95|0.95|0.9
            0.995|1|0.99|0.995|1e+00|9.95e-01|0.995|0.995|1
            -1e-07|-0|-0.00|-0.000|-1e-07|-1.00e-07|-1e-07|-1e-07|-1e-07
            3.14159265358979|3|3.14|3.142|3e+00|3.14e+00|3.14|3.14159|3
            9007199254740994.0|9007199254740994|9007199254740994.00|9007199254740994.000|9e+15|9.01e+15|9.01e+15|9.0072e+15|9e+15
            0.0625|0|0.06|0.062|6e-02|6.25e-02|0.0625|0.0625|0.06
            9.9996|10|10.00|10.000|1e+01|1.00e+01|10|9.9996|1e+01
            -0.00049999|-0|-0.00|-0.000|-5e-04|-5.00e-04|-0.0005|-0.00049999|-0.0005
            0.00015|0|0.00|0.000|1e-04|1.50e-04|0.00015|0.00015|0.0001
            1234.5|1234|1234.50|1234.500|1e+03|1.23e+03|1.23e+03|1234.5|1e+03
            100046.0|100046|100046.00|100046.000|1e+05|1.00e+05|1e+05|100046|1e+05
            -13389.4375|-13389|-13389.44|-13389.438|-1e+04|-1.34e+04|-1.34e+04|-13389.4|-1e+04
            166972.75|166973|166972.75|166972.750|2e+05|1.67e+05|1.67e+05|166973|2e+05
            11858.4375|11858|11858.44|11858.438|1e+04|1.19e+04|1.19e+04|11858.4|1e+04
            """;

    private static final String[] PYTHON_SPECS = {".0f", ".2f", ".3f", ".0e", ".2e", ".3g", ".6g", ".1g"};

    @Test
    void matchesPythonFormatDigitForDigit() {
        int checked = 0;
        for (String line : PYTHON_TABLE.strip().split("\n")) {
            String[] cells = line.strip().split("\\|");
            double v = Double.parseDouble(cells[0]);
            for (int i = 0; i < PYTHON_SPECS.length; i++) {
                if (PYTHON_SPECS[i].endsWith("f") && Math.abs(v) >= Numbers.SCIENTIFIC_FROM) {
                    continue; // Numbers.fixed writes these in scientific notation: fixedWritesHugeNumbers…
                }
                assertEquals(cells[i + 1], format(v, PYTHON_SPECS[i]), "format(" + cells[0] + ", '" + PYTHON_SPECS[i] + "')");
                checked++;
            }
        }
        assertTrue(checked > 300, "the table was read: " + checked);
    }

    private static String format(double v, String spec) {
        int n = Integer.parseInt(spec.substring(1, spec.length() - 1));
        switch (spec.charAt(spec.length() - 1)) {
            case 'f':
                return Numbers.fixed(v, n);
            case 'e':
                return Numbers.sci(v, n);
            default:
                return Numbers.general(v, n);
        }
    }

    @Test
    void fixedKeepsTheMinusSignOfValuesThatRoundToZero() {
        assertEquals("-0.00", Numbers.fixed(-5.551115123125783e-17, 2));
        assertEquals("-0.00", Numbers.fixed(-0.0, 2));
        assertEquals("-0", Numbers.fixed(-0.4, 0));
        assertEquals("0.00", Numbers.fixed(0.0, 2));
    }

    @Test
    void fixedRoundsTheExactBinaryValueHalfToEven() {
        assertEquals("0.40", Numbers.fixed(0.39999999999999997, 2));
        assertEquals("2.67", Numbers.fixed(2.675, 2)); // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
        assertEquals("0.12", Numbers.fixed(0.125, 2)); // exact tie: to even
        assertEquals("0.38", Numbers.fixed(0.375, 2)); // exact tie: to even
        assertEquals("0", Numbers.fixed(0.5, 0));
        assertEquals("2", Numbers.fixed(1.5, 0));
        assertEquals("2", Numbers.fixed(2.5, 0));
        assertEquals("-2", Numbers.fixed(-2.5, 0));
    }

    @Test
    void fixedWritesHugeNumbersInScientificNotation() {
        // A diverged output (1.745e306 on #v=1&out=identity&loss=mse&opt=sgd&lr=50) must not print 307 digits.
        assertEquals("999999999.0", Numbers.fixed(999999999.0, 1));
        assertEquals("1.0e+09", Numbers.fixed(1e9, 0));
        assertEquals("-1.0e+20", Numbers.fixed(-1e20, 1));
        assertEquals("1.75e+306", Numbers.fixed(1.745035483136839e306, 2));
        assertEquals("1.80e+308", Numbers.fixed(Double.MAX_VALUE, 2));
        assertEquals(Numbers.sci(123456789012.5, 3), Numbers.fixed(123456789012.5, 3));
    }

    @Test
    void fixedPrintsIntegersLikeAnyOtherValue() {
        // Integers take a fast path; it must not change a single character.
        assertEquals("3", Numbers.fixed(3.0, 0));
        assertEquals("-3.000", Numbers.fixed(-3.0, 3));
        assertEquals("999999999.0", Numbers.fixed(999999999.0, 1));
        assertEquals("12345678", Numbers.fixed(12345678.0, 0));
    }

    @Test
    void sciCarriesIntoTheExponent() {
        assertEquals("1.00e-04", Numbers.sci(9.996e-5, 2));
        assertEquals("1.0e+01", Numbers.sci(9.96, 1));
        assertEquals("1e+00", Numbers.sci(0.96, 0));
    }

    @Test
    void sciRoundsTheLastMantissaDigitHalfToEven() {
        // Values TeaVM's BigDecimal.round() got wrong in the browser; pinned here with Python's output.
        assertEquals("-1.3389438e+04", Numbers.sci(-13389.4375, 7));
        assertEquals("1.1858438e+04", Numbers.sci(11858.4375, 7));
        assertEquals("1.0005e+05", Numbers.sci(100046, 4));
        assertEquals("1.669728e+05", Numbers.sci(166972.75, 6));
        assertEquals("1.2e-01", Numbers.sci(0.125, 1));
        assertEquals("3.8e-01", Numbers.sci(0.375, 1));
        assertEquals("2e+00", Numbers.sci(2.5, 0));
    }

    @Test
    void sciWritesTheCourseExamples() {
        assertEquals("6.00e-06", Numbers.sci(6.0e-6, 2));
        assertEquals("1.23e+04", Numbers.sci(12345, 2));
        assertEquals("-2.50e-01", Numbers.sci(-0.25, 2));
        assertEquals("0.00e+00", Numbers.sci(0, 2));
        assertEquals("-0.00e+00", Numbers.sci(-0.0, 2));
        assertEquals("1.00e-300", Numbers.sci(1e-300, 2));
        assertEquals("4.94e-324", Numbers.sci(Double.MIN_VALUE, 2));
    }

    @Test
    void generalDropsTrailingZerosAndSwitchesToSciOutsideItsRange() {
        assertEquals("0.0801", Numbers.general(0.08008, 3));
        assertEquals("0.0001", Numbers.general(0.0001, 3));
        assertEquals("1e-05", Numbers.general(0.00001, 3));
        assertEquals("1.23e+05", Numbers.general(123456.789, 3));
        assertEquals("10", Numbers.general(9.9996, 4));
        assertEquals("0", Numbers.general(0, 4));
        assertEquals("2", Numbers.general(1.5, 0)); // 0 significant digits means 1, as in Python
    }

    @Test
    void nonFiniteValuesReadAsInfinityAndNaN() {
        for (int n = 0; n < 3; n++) {
            assertEquals("NaN", Numbers.fixed(Double.NaN, n));
            assertEquals("NaN", Numbers.general(Double.NaN, n));
            assertEquals("∞", Numbers.sci(Double.POSITIVE_INFINITY, n));
            assertEquals("∞", Numbers.fixed(Double.POSITIVE_INFINITY, n));
            assertEquals("-∞", Numbers.general(Double.NEGATIVE_INFINITY, n));
            assertEquals("-∞", Numbers.fixed(Double.NEGATIVE_INFINITY, n));
        }
    }

    @Test
    void negativeDigitCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.fixed(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Numbers.sci(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Numbers.general(1, -1));
    }

    // ---- Oracle: properties any correctly rounded output has, checked on 20,000 doubles of every kind. ----

    private static final int SAMPLES = 20_000;

    @Test
    void fixedIsCorrectlyRoundedForManyDoubles() {
        Rng rng = new Rng(20240611);
        int ties = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double v = sample(rng, i);
            int decimals = rng.nextInt(9);
            String out = Numbers.fixed(v, decimals);
            String context = "fixed(" + v + ", " + decimals + ") = " + out;
            if (Math.abs(v) >= Numbers.SCIENTIFIC_FROM) {
                assertEquals(Numbers.sci(v, Math.max(decimals, 1)), out, context); // sci is checked below
                continue;
            }
            String shape = decimals == 0 ? "-?(0|[1-9][0-9]*)" : "-?(0|[1-9][0-9]*)\\.[0-9]{" + decimals + "}";
            assertTrue(Pattern.matches(shape, out), context);
            assertEquals(isNegative(v), out.startsWith("-"), context);
            ties += assertCorrectlyRounded(new BigDecimal(v), new BigDecimal(out), -decimals, context);
        }
        assertTrue(ties > 200, "exact ties were exercised: " + ties);
    }

    @Test
    void sciIsCorrectlyRoundedForManyDoubles() {
        Rng rng = new Rng(7);
        int ties = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double v = sample(rng, i);
            if (v == 0) {
                continue;
            }
            int decimals = rng.nextInt(9);
            String out = Numbers.sci(v, decimals);
            String context = "sci(" + v + ", " + decimals + ") = " + out;
            String mantissa = decimals == 0 ? "[1-9]" : "[1-9]\\.[0-9]{" + decimals + "}";
            assertTrue(Pattern.matches("-?" + mantissa + "e[+-][0-9]{2,3}", out), context);
            assertEquals(v < 0, out.startsWith("-"), context);
            int exponent = Integer.parseInt(out.substring(out.indexOf('e') + 1));
            BigDecimal exact = new BigDecimal(v).abs();
            BigDecimal printed = new BigDecimal(out).abs();
            ties += assertCorrectlyRounded(exact, printed, exponent - decimals, context);
            // A carried "1.00e+k" is only right if the exact value is past the last midpoint below 10^k: otherwise
            // "9.99e+(k-1)" was the correctly rounded answer at the finer exponent.
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            if (printed.compareTo(power) == 0 && exact.compareTo(power) < 0) {
                BigDecimal lastMidpoint = power.subtract(new BigDecimal(BigInteger.valueOf(5), decimals + 2 - exponent));
                assertTrue(exact.compareTo(lastMidpoint) >= 0, context);
            }
        }
        assertTrue(ties > 100, "exact ties were exercised: " + ties);
    }

    @Test
    void generalPrintsTheSciValueInPythonsChosenNotation() {
        Rng rng = new Rng(99);
        for (int i = 0; i < SAMPLES; i++) {
            double v = sample(rng, i);
            if (v == 0) {
                continue;
            }
            int significant = 1 + rng.nextInt(17);
            String out = Numbers.general(v, significant);
            String sci = Numbers.sci(v, significant - 1); // checked above to be correctly rounded
            String context = "general(" + v + ", " + significant + ") = " + out + ", sci = " + sci;
            int exponent = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
            assertEquals(0, new BigDecimal(out).compareTo(new BigDecimal(sci)), context);
            boolean positional = exponent >= -4 && exponent < significant;
            String shape = positional
                    ? "-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?"
                    : "-?[1-9](\\.[0-9]*[1-9])?e[+-][0-9]{2,3}";
            assertTrue(Pattern.matches(shape, out), context);
        }
    }

    @Test
    void agreesWithTheJdkFormatterAwayFromMidpoints() {
        // The JDK rounds its shortest decimal string, not the exact value, so it may differ only when a rounding
        // midpoint lies within one ulp of v; everywhere else it is a fully independent implementation to agree with.
        Rng rng = new Rng(31337);
        int compared = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double v = sample(rng, i);
            int decimals = rng.nextInt(7);
            BigDecimal exact = new BigDecimal(v).abs();
            BigDecimal ulp = new BigDecimal(Math.ulp(v));
            String fixed = Numbers.fixed(v, decimals);
            if (Math.abs(v) < Numbers.SCIENTIFIC_FROM && significantDigits(fixed) <= 15 && farFromMidpoint(exact, -decimals, ulp)) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), fixed, "fixed(" + v + ")");
                compared++;
            }
            if (v != 0 && farFromMidpoint(exact, exact.precision() - exact.scale() - 1 - decimals, ulp)) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "e", v), Numbers.sci(v, decimals), "sci(" + v + ")");
                compared++;
            }
        }
        assertTrue(compared > SAMPLES, "enough values were compared: " + compared);
    }

    /** Digits in a printed fixed number, leading zeros excluded. */
    private static int significantDigits(String printed) {
        String digits = printed.replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return digits.length();
    }

    /** True when no midpoint of the grid 10^lastPlace lies within {@code ulp} of {@code exact}. */
    private static boolean farFromMidpoint(BigDecimal exact, int lastPlace, BigDecimal ulp) {
        BigDecimal scaled = exact.scaleByPowerOfTen(-lastPlace);
        BigDecimal fraction = scaled.subtract(new BigDecimal(scaled.setScale(0, RoundingMode.FLOOR).toBigInteger()));
        BigDecimal distance = fraction.subtract(new BigDecimal("0.5")).abs().scaleByPowerOfTen(lastPlace);
        return distance.compareTo(ulp) > 0;
    }

    /**
     * Asserts {@code printed} is {@code exact} rounded to the grid 10^lastPlace, half to even; returns 1 for a tie.
     */
    private static int assertCorrectlyRounded(BigDecimal exact, BigDecimal printed, int lastPlace, String context) {
        BigDecimal half = new BigDecimal(BigInteger.valueOf(5), 1 - lastPlace); // 5 × 10^(lastPlace-1)
        int against = printed.subtract(exact).abs().compareTo(half);
        assertTrue(against <= 0, context + " is more than half a unit in the last place from " + exact);
        if (against == 0) {
            BigInteger lastUnits = printed.scaleByPowerOfTen(-lastPlace).toBigIntegerExact();
            assertEquals(false, lastUnits.testBit(0), context + ": a tie must round to the even neighbour");
            return 1;
        }
        return 0;
    }

    private static boolean isNegative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    /** Doubles of every kind, cycling through: any magnitude, exact binary ties, decimal near-ties, integers, raw bits. */
    private static double sample(Rng rng, int i) {
        double sign = rng.nextInt(2) == 0 ? 1 : -1;
        switch (i % 5) {
            case 0: // any magnitude from 1e-12 to 1e18
                return sign * rng.nextDouble() * Math.pow(10, rng.nextInt(31) - 12);
            case 1: // k / 2^j: exact ties at 1..6 decimals
                return sign * rng.nextInt(1_000_000) / (double) (1 << (1 + rng.nextInt(6)));
            case 2: // x.xx5 typed as decimals: the double lies just above or below the tie
                return sign * Double.parseDouble(rng.nextInt(10_000) + "." + rng.nextInt(1000) + "5");
            case 3: // integers, some beyond the long fast path
                return sign * Math.floor(rng.nextDouble() * Math.pow(10, rng.nextInt(20)));
            default: { // raw bit patterns: subnormals to 1e308
                double v;
                do {
                    v = Double.longBitsToDouble(((long) rng.nextInt() << 32) ^ (rng.nextInt() & 0xFFFFFFFFL));
                } while (Double.isNaN(v) || Double.isInfinite(v));
                return v;
            }
        }
    }
}
