package org.backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class ExactDecimalTest {
    @Test
    void writesTheFewestDigitsThatReadBack() {
        assertEquals("0.1", ExactDecimal.of(0.1));
        assertEquals("0.30000000000000004", ExactDecimal.of(0.1 + 0.2));
        assertEquals("1e-07", ExactDecimal.of(1e-7));
        assertEquals("-2.5", ExactDecimal.of(-2.5));
        assertEquals("100", ExactDecimal.of(100));
        assertEquals("150000", ExactDecimal.of(150000));
        assertEquals("10000000000000000", ExactDecimal.of(1e16));
        assertEquals("1e+17", ExactDecimal.of(1e17));
        assertEquals("123.456", ExactDecimal.of(123.456));
        assertEquals("1e+21", ExactDecimal.of(1e21));
        assertEquals("5e-324", ExactDecimal.of(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", ExactDecimal.of(Double.MAX_VALUE));
        assertEquals("0", ExactDecimal.of(0.0));
        assertEquals("-0", ExactDecimal.of(-0.0));
        assertEquals("nan", ExactDecimal.of(Double.NaN));
    }

    @Test
    void everyFiniteDoubleReadsBackToTheSameBits() {
        Rng rng = new Rng(99);
        for (int i = 0; i < 100_000; i++) {
            long bits = ((long) rng.nextInt() << 32) ^ (rng.nextInt() & 0xffffffffL);
            double v = i % 2 == 0 ? Double.longBitsToDouble(bits) : rng.uniform(-1, 1) * Math.pow(10, rng.nextInt(9) - 6);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String s = ExactDecimal.of(v);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(ExactDecimal.parse(s)), s);
            assertTrue(s.length() <= 24, s);
            // and one digit fewer doesn't (the shortest found by the search is really the shortest rounding)
            String digits = s.replaceAll("e.*", "").replaceAll("[^0-9]", "").replaceAll("^0+", "")
                    .replaceAll("0+$", "");
            boolean wholeNumberWrittenOut = s.indexOf('e') < 0 && s.indexOf('.') < 0;
            if (digits.length() > 1 && !wholeNumberWrittenOut) {
                assertTrue(Decimals.parse(Numbers.general(v, digits.length() - 1)) != v, s);
            }
        }
    }
}
