package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.GradientNorms;
import org.backproplab.engine.LinearCollapse;
import org.backproplab.engine.Loss;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.text.Numbers;
import org.backproplab.experiment.TrainingRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The Activations view in Chromium: the explorer's curves and readout, the gradient norms, the linear collapse. */
@Tag("browser")
class ActivationsPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static void openActivations(String fragment) {
        browser.driver().get("about:blank"); // a fresh page: a changed fragment alone would keep the old run
        browser.open(Browser.page("index.html", "v=1&view=activations" + fragment));
        browser.waitFor("the activation chart", "const c = Chart.getChart(document.getElementById('act-chart'));"
                + "return !!c && c.data.datasets[0].data.length === 401 && c.chartArea.right > c.chartArea.left", 10);
    }

    /** Moves the real mouse to s on the explorer's x axis, halfway up the plot. */
    private static void hoverAt(double s) {
        WebElement canvas = browser.find("#act-chart");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("const c = Chart.getChart(arguments[0]); const r = arguments[0]"
                + ".getBoundingClientRect(); return [c.scales.x.getPixelForValue(arguments[1]) - r.width / 2,"
                + "(c.chartArea.top + c.chartArea.bottom) / 2 - r.height / 2];", canvas, s);
        new Actions(browser.driver()).moveToElement(canvas, (int) Math.round(at.get(0).doubleValue()),
                (int) Math.round(at.get(1).doubleValue())).perform();
    }

    private static String text(String css) {
        return (String) browser.js("return document.querySelector(arguments[0]).textContent", css);
    }

    private static String expectedReadout(Activation a, double s) {
        double x = a.apply(s);
        return "s = " + Numbers.fixed(s, 3) + "   f(s) = " + Numbers.fixed(x, 6) + "   f′(s) = "
                + Numbers.fixed(a.derivative(s, x), 6);
    }

    @Test
    void sigmoidAndItsSlopeAreDrawnAndTheHoverReadoutIsTheJvmsValue() {
        openActivations("");
        assertEquals("sigmoid", browser.find("#act-choice").getAttribute("value"));
        assertTrue(browser.pixelsNear("#act-chart", 0, 114, 178) > 300, "the blue f curve was not drawn");
        assertTrue(browser.pixelsNear("#act-chart", 213, 94, 0) > 300, "the vermillion f′ curve was not drawn");
        assertEquals("σ(s) = 1 / (1 + e^(−s))", text("#act-formula"));
        // sigmoid′ peaks at 1/4 at s = 0; |σ′| < 0.01 beyond s = ln((1 + √0.96)/(1 − √0.96)) = 4.5848
        assertEquals("0.2500 at s = 0.00", text("#act-peak"));
        assertEquals("s ≤ -4.58, s ≥ 4.58", text("#act-vanish"));
        hoverAt(1.0);
        assertEquals(expectedReadout(Activation.SIGMOID, 1.0), text("#act-readout"));
        assertEquals("s = 1.000   f(s) = 0.731059   f′(s) = 0.196612", text("#act-readout"));
        hoverAt(-2.475); // sample 101: s = −99/40
        assertEquals(expectedReadout(Activation.SIGMOID, -2.475), text("#act-readout"));
        browser.screenshot("activations-sigmoid");
    }

    @Test
    void choosingTanhRedrawsWithItsOwnSlope() {
        openActivations("");
        browser.js("const s = document.getElementById('act-choice'); s.value = 'tanh';"
                + "s.dispatchEvent(new Event('change'));");
        assertEquals("1.0000 at s = 0.00", text("#act-peak"));
        assertEquals("s ≤ -2.99, s ≥ 2.99", text("#act-vanish")); // ½·ln((1 + √0.99)/(1 − √0.99)) = 2.9945
        hoverAt(0.5);
        assertEquals(expectedReadout(Activation.TANH, 0.5), text("#act-readout"));
        assertTrue(browser.pixelsNear("#act-chart", 213, 94, 0) > 300, "the f′ curve was not drawn");
        assertEquals("tanh", text("#act-table tr.current td"));
    }

    @Test
    void gradientNormsOfTheCurrentRunMatchTheJvm() {
        openActivations("");
        TrainingRun run = TrainingRun.start(LinkCodec.decode("v=1&view=activations").state());
        double[] norms = GradientNorms.of(run.network(), Loss.BCE, run.trainingSet().xs(), run.trainingSet().ys(),
                run.trainingSet().size());
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return Array.from(document.querySelectorAll("
                + "'#act-norms-table tbody tr td:last-child'), td => td.textContent)");
        assertEquals(norms.length, shown.size());
        for (int l = 0; l < norms.length; l++) {
            assertEquals(Numbers.sci(norms[l], 2), shown.get(l), "layer " + (l + 1));
        }
        assertTrue(browser.pixelsNear("#act-norms-chart", 0, 114, 178) > 300, "no bars drawn");
    }

    @Test
    void identityEverywhereCollapsesToOneLayerThatAgreesOnTheWholeDataset() {
        openActivations("");
        assertTrue(browser.find("#act-collapse-problem").isDisplayed(), "a sigmoid network must be refused");
        assertFalse(browser.find("#act-collapse-result").isDisplayed());
        assertTrue(text("#act-collapse-problem").startsWith("This network is not all-identity: 21 of 21 units"),
                text("#act-collapse-problem"));
        browser.find("#act-identity").click();
        browser.waitFor("the collapse", "return !document.getElementById('act-collapse-result').hidden", 10);
        String link = (String) browser.js("return location.hash");
        assertTrue(link.contains("act=identity") && link.contains("out=identity"), link);
        assertTrue(link.contains("loss=mse"), "cross-entropy needs sigmoid outputs: " + link);
        assertEquals("identity", browser.find("input[data-key=act]").getAttribute("value"));
        // issue 25: the change to the Train view's settings is said, not silent
        assertEquals("Changed in the Train view's settings:\nHidden activation: sigmoid → identity\n"
                + "Output activation: sigmoid → identity\nLoss: bce → mse (cross-entropy needs sigmoid outputs)",
                browser.find("#act-identity-changes").getText());

        double max = Double.parseDouble(text("#act-collapse-max"));
        assertTrue(max <= 1e-12, "max |difference| " + max);
        assertEquals("21", text("#act-collapse-count"));
        // W′ as the JVM computes it for the same link
        TrainingRun run = TrainingRun.start(LinkCodec.decode(link).state());
        LinearCollapse c = LinearCollapse.of(run.network());
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return Array.from(document.querySelectorAll("
                + "'#act-collapse-w td'), td => td.textContent)");
        assertEquals(2, shown.size());
        assertEquals(Numbers.fixed(c.weights()[0][0], 6), shown.get(0));
        assertEquals(Numbers.fixed(c.weights()[0][1], 6), shown.get(1));
        long rows = (Long) browser.js("return document.querySelectorAll('#act-collapse-rows tbody tr').length");
        assertEquals(10, rows);
        browser.js("document.getElementById('act-collapse-title').scrollIntoView({block: 'start'})");
        browser.screenshot("activations-collapse");
    }
}
