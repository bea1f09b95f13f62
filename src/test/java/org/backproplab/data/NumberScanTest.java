package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberScanTest {
    @Test
    void plainNumbersAreRecognised() {
        for (String s : new String[] {"0", "12", "-1.5", "+3", ".5", "5.", "1e-3", "2E+10", "-0.0"}) {
            assertTrue(NumberScan.isPlainNumber(s), s);
        }
    }

    @Test
    void javaOnlyNumberSpellingsAreRefused() {
        for (String s : new String[] {"", "-", ".", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2f", "1e",
            "1e+", "1.2.3", "1 2", "--1", "e5"}) {
            assertFalse(NumberScan.isPlainNumber(s), s);
        }
    }

    @Test
    void scanStopsBeforeAnEThatStartsNoExponent() {
        assertEquals(1, NumberScan.scanUnsigned("2e", 0));
        assertEquals(1, NumberScan.scanUnsigned("2ex", 0));
        assertEquals(4, NumberScan.scanUnsigned("2e-3x", 0));
        assertEquals(-1, NumberScan.scanUnsigned(".x", 0));
    }

    @Test
    void formatUsesAtMostFourDecimals() {
        assertEquals("0", NumberScan.format(0));
        assertEquals("-1", NumberScan.format(-1));
        assertEquals("0.3", NumberScan.format(0.1 + 0.2));
        assertEquals("-0.125", NumberScan.format(-0.125));
        assertEquals("3.1416", NumberScan.format(Math.PI));
        assertEquals("0", NumberScan.format(-0.00001));
        assertEquals("123456", NumberScan.format(123456));
        assertEquals("0.0005", NumberScan.format(0.0005));
        assertEquals("infinity", NumberScan.format(Double.POSITIVE_INFINITY));
    }
}
