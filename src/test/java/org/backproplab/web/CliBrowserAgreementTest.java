package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The command-line runner and the page, given the same link, print the same trace to the bit. */
@Tag("browser")
class CliBrowserAgreementTest {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser(1024, 768);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<String> cliLossBits(String fragment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"#" + fragment, "--bits"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "the link should decode without notices");
        List<String> bits = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("#") && !line.startsWith("epoch")) {
                String[] cols = line.split("\t");
                bits.add(cols[cols.length - 1]);
            }
        }
        return bits;
    }

    @SuppressWarnings("unchecked")
    private static List<String> browserLossBits(String fragment) {
        browser.open(Browser.page("index.html", fragment));
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 120);
        return (List<String>) browser.js("const v = new DataView(new ArrayBuffer(8));"
                + "return Array.from(window.backpropLab.lab.losses(0), x => { v.setFloat64(0, x);"
                + "  return v.getUint32(0).toString(16).padStart(8, '0') + v.getUint32(4).toString(16).padStart(8, '0'); });");
    }

    private static void assertSameTrace(String fragment, int epochs) {
        List<String> cli = cliLossBits(fragment);
        List<String> page = browserLossBits(fragment);
        assertEquals(epochs, cli.size());
        assertEquals(epochs, page.size());
        for (int i = 0; i < epochs; i++) {
            assertEquals(cli.get(i), page.get(i), "loss bits of epoch " + (i + 1));
        }
        assertTrue(browser.consoleErrors().isEmpty());
    }

    @Test
    void sigmoidCrossEntropyMomentumTraceIsIdentical() {
        assertSameTrace("v=1&data=xor_easy&h=10,10&act=sigmoid&loss=bce&opt=momentum&lr=0.1&epochs=400&seed=3", 400);
    }

    @Test
    void tanhAdamMiniBatchTraceIsIdentical() {
        assertSameTrace("v=1&data=linear&n=60&h=6,5&act=tanh,softplus&out=sigmoid&loss=mse&opt=adam&lr=0.01&batch=8"
                + "&epochs=150&seed=11&dseed=5&init=he", 150);
    }

    @Test
    void regressionWithGeluAndRmspropTraceIsIdentical() {
        assertSameTrace("v=1&data=runge&n=50&h=8&act=gelu_tanh&out=identity&loss=mse&opt=rmsprop&lr=0.01&batch=10"
                + "&epochs=120&val=0.2&init=normal&ia=0&ib=0.5", 120);
    }
}
