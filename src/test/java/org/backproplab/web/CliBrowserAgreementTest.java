package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The command-line runner and the page, given the same link, print the same trace to the bit. */
@Tag("browser")
class CliBrowserAgreementTest {
    @RegisterExtension
    static final Browser browser = new Browser(1024, 768);

    static List<String> cliLossBits(String fragment) {
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
    void nesterovStepScheduleL2WithoutBiasesTraceIsIdentical() {
        assertSameTrace("v=1&data=moons&n=80&noise=0.1&h=7,7&act=elu,silu&out=sigmoid&loss=sse&opt=nesterov&lr=0.05"
                + "&mom=0.8&sched=step&gamma=0.7&every=20&l2=0.001&bias=off&batch=16&epochs=100", 100);
    }

    @Test
    void adagradExponentialL1AbsoluteErrorTraceIsIdentical() {
        assertSameTrace("v=1&data=circle&n=60&noise=0.05&h=9&act=leaky_relu&out=tanh&loss=abs&opt=adagrad&lr=0.1"
                + "&sched=exponential&gamma=0.5&every=30&l1=0.0005&init=uniform&ia=-0.7&ib=0.7&batch=1&epochs=60", 60);
    }

    @Test
    void softmaxCrossEntropyOnThreeClassesTraceIsIdentical() {
        String csv = "0.1,0.2,0%0A0.2,0.1,0%0A0.15,0.25,0%0A0.8,0.9,1%0A0.9,0.7,1%0A0.85,0.8,1%0A0.1,0.9,2%0A0.2,0.8,2"
                + "%0A0.3,0.95,2";
        assertSameTrace("v=1&data=csv&csv=" + csv + "&h=5&act=gelu_erf&out=identity&loss=softmax_ce&opt=sgd&lr=0.3"
                + "&epochs=80", 80);
    }

    @Test
    void halfSumOfSquaresSpiralWithRmspropTraceIsIdentical() {
        assertSameTrace("v=1&data=spiral&n=60&noise=0.02&h=6,6&act=softplus,gelu_tanh&out=sigmoid&loss=half_sse"
                + "&opt=rmsprop&lr=0.01&rho=0.8&batch=12&init=he&epochs=60", 60);
    }

    @Test
    void regressionWithGeluAndRmspropTraceIsIdentical() {
        assertSameTrace("v=1&data=runge&n=50&h=8&act=gelu_tanh&out=identity&loss=mse&opt=rmsprop&lr=0.01&batch=10"
                + "&epochs=120&val=0.2&init=normal&ia=0&ib=0.5", 120);
    }
}
