package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Rng;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same inputs through the JVM and through the TeaVM build in Chromium must give the same bits and text. */
@Tag("browser")
class PortabilityPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(800, 600);
    private static final Diagnostics JVM = new Diagnostics();

    @BeforeAll
    static void start() {
        browser.open(Browser.page("index.html", ""));
    }

    /** Values over many magnitudes, plus the awkward ones: zeros, subnormals, ties, huge, non-finite. */
    private static String sampleBits(int count, double scale) {
        Rng rng = new Rng(2024);
        List<String> out = new ArrayList<>();
        double[] special = {0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 0.125, 0.375, 2.675, 1e-300, 4.9e-324, 1e300, -5.551115123125783e-17,
            0.39999999999999997, 710, -745, 22, 708.5, -708.5, -720, 1e-9, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : special) {
            out.add(Bits.hex(d));
        }
        for (int i = 0; i < count; i++) {
            double mag = Math.pow(10, rng.uniform(-8, 3)) * scale;
            out.add(Bits.hex((rng.nextDouble() < 0.5 ? -1 : 1) * mag * rng.nextDouble()));
        }
        return String.join(",", out);
    }

    private static String browser(String script, Object... args) {
        return (String) browser.js(script, args);
    }

    /** Equal lists, or a failure naming the first few inputs where they differ (not the whole list). */
    private static void assertSameItems(String inputs, String expected, String actual, String sep, String what) {
        String[] in = inputs.split(inputs.contains("|") ? "\\|" : ",");
        String[] e = expected.split(sep.equals("|") ? "\\|" : sep, -1);
        String[] a = actual.split(sep.equals("|") ? "\\|" : sep, -1);
        assertEquals(e.length, a.length, what + ": result count");
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            if (!e[i].equals(a[i]) && diffs.size() < 5) {
                diffs.add("input " + in[i] + ": JVM " + e[i] + ", browser " + a[i]);
            }
        }
        assertTrue(diffs.isEmpty(), what + " differs: " + diffs);
    }

    @Test
    void elementaryFunctionsGiveTheJvmsBits() {
        String xs = sampleBits(3000, 1);
        for (String fn : new String[] {"exp", "expm1", "log", "log1p", "tanh", "erf", "sin", "cos", "sigmoid",
            "sigmoidLayer"}) {
            String got = browser("return diagnostics().portable(arguments[0], arguments[1])", fn, xs);
            assertSameItems(xs, JVM.portable(fn, xs), got, ",", fn);
        }
    }

    @Test
    void formatterGivesTheJvmsText() {
        String xs = sampleBits(3000, 1000);
        for (String style : new String[] {"fixed", "sci", "general"}) {
            for (int digits : new int[] {1, 2, 6}) {
                String got = browser("return diagnostics().format(arguments[0], arguments[1], arguments[2])", style,
                        digits, xs);
                assertSameItems(xs, JVM.format(style, digits, xs), got, "|", style + " " + digits);
            }
        }
    }

    @Test
    void typedDecimalsParseToTheJvmsBits() {
        Rng rng = new Rng(99);
        List<String> texts = new ArrayList<>(List.of("0.1", "0.2", "0.3", "1e-3", "5e-2", "0.001", "-0.5", ".25",
                "1e-7", "0.999", "2.675", "9007199254740993", "1.7976931348623157e308", "4.9e-324", "2.2250738585072011e-308",
                "0.1000000000000000055511151231257827", "123456789012345678901234567890", "abc", "1e999", ""));
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int digits = 1 + rng.nextInt(20);
            for (int k = 0; k < digits; k++) {
                sb.append((char) ('0' + rng.nextInt(10)));
                if (k == rng.nextInt(digits)) {
                    sb.append('.');
                }
            }
            if (rng.nextInt(3) == 0) {
                sb.append('e').append(rng.nextInt(2) == 0 ? "-" : "").append(rng.nextInt(330));
            }
            texts.add(sb.toString());
        }
        String joined = String.join("|", texts);
        String got = browser("return diagnostics().parse(arguments[0])", joined);
        assertSameItems(joined, JVM.parse(joined), got, ",", "parse");
        // and the JVM itself reads them as Java does (correctly rounded)
        String[] bits = JVM.parse(joined).split(",");
        for (int i = 0; i < 20; i++) {
            String t = texts.get(i);
            if (t.matches("-?[0-9.]+(e-?[0-9]+)?") && !t.equals("1e999")) {
                assertEquals(Bits.hex(Double.parseDouble(t)), bits[i], t);
            }
        }
        assertTrue(browser.consoleErrors().isEmpty());
    }
}
