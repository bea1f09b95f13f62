package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.backproplab.engine.Network;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.text.Numbers;
import org.backproplab.experiment.TrainingRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The network diagram of the Train view in Chromium: drawn, hoverable, clickable, and following training. */
@Tag("browser")
class DiagramPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    private static void openTrain(String fragment) {
        browser.driver().get("about:blank"); // a fresh page: a changed fragment alone would keep the old run
        browser.open(Browser.page("index.html", "v=1" + fragment));
        browser.js("document.getElementById('diagram-figure').scrollIntoView({block: 'center'})");
        browser.waitFor("the diagram", "return !!document.getElementById('diagram').dataset.version", 10);
    }

    /** The point a fraction t of the way from neuron (l0, j0) to neuron (l1, j1), in offsets from the canvas centre. */
    private static int[] between(int l0, int j0, int l1, int j1, double t) {
        @SuppressWarnings("unchecked")
        Map<String, Number> a = (Map<String, Number>) browser.js("return backpropLab.diagram.neuronCentre(arguments[0],"
                + " arguments[1])", l0, j0);
        @SuppressWarnings("unchecked")
        Map<String, Number> b = (Map<String, Number>) browser.js("return backpropLab.diagram.neuronCentre(arguments[0],"
                + " arguments[1])", l1, j1);
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) browser.js("const r = document.getElementById('diagram')"
                + ".getBoundingClientRect(); return [r.width, r.height]");
        double x = a.get("x").doubleValue() + t * (b.get("x").doubleValue() - a.get("x").doubleValue());
        double y = a.get("y").doubleValue() + t * (b.get("y").doubleValue() - a.get("y").doubleValue());
        return new int[] {(int) Math.round(x - size.get(0).doubleValue() / 2),
            (int) Math.round(y - size.get(1).doubleValue() / 2)};
    }

    private static void mouseTo(int[] offset) {
        WebElement canvas = browser.find("#diagram");
        new Actions(browser.driver()).moveToElement(canvas, offset[0], offset[1]).perform();
    }

    private static String text(String css) {
        return (String) browser.js("return document.querySelector(arguments[0]).textContent", css);
    }

    @Test
    void drawsTheNetworkAndAClickOnANeuronMapsItsActivation() {
        openTrain("");
        assertTrue(browser.pixelsNear("#diagram", 0, 114, 178) > 300, "no positive (blue) weights drawn");
        assertTrue(browser.pixelsNear("#diagram", 230, 159, 0) > 300, "no negative (orange) weights drawn");
        assertEquals(0, browser.pixelsNear("#neuron-map", 0, 114, 178), "the map starts empty");

        Network net = TrainingRun.start(LinkCodec.decode("v=1").state()).network();
        int[] neuron = between(1, 2, 1, 2, 0);
        mouseTo(neuron);
        assertEquals("unit 3 of layer 1 · sigmoid\nb = " + Numbers.fixed(net.weights(1)[2], 6)
                + "\nclick to map its activation", text(".diagram-tip"));
        new Actions(browser.driver()).click().perform();
        browser.waitFor("the neuron map", "return document.getElementById('neuron-map-caption').textContent"
                + ".startsWith('unit 3 of layer 1')", 5);
        Lab jvm = new Lab();
        jvm.loadLink("v=1");
        jvm.reset();
        jvm.diagram().neuronMap(1, 2, 48);
        assertEquals(jvm.diagram().mapCaption(), text("#neuron-map-caption"));
        long coloured = browser.pixelsNear("#neuron-map", 0, 114, 178) + browser.pixelsNear("#neuron-map", 230, 159, 0);
        assertTrue(coloured > 500, "the neuron's heatmap is blank: " + coloured);
        browser.screenshot("diagram");
    }

    @Test
    void theKeyboardWalksTheNeuronsReadsTheirValuesAndMapsOne() {
        openTrain("");
        Network net = TrainingRun.start(LinkCodec.decode("v=1").state()).network();
        String epoch = text("#epoch");
        assertEquals(0, browser.pixelsNear("#diagram", 204, 121, 167), "a focus ring before the diagram has focus");
        browser.js("document.getElementById('diagram').focus()");
        WebElement canvas = browser.find("#diagram");
        // from input unit 1 of 2, right into layer 1 at the same height (unit 3 of 10), down to unit 4 and back
        canvas.sendKeys(Keys.HOME); // shows the cursor, at input unit 1, however the focus arrived
        assertTrue(text(".diagram-tip").startsWith("input x₁"), text(".diagram-tip"));
        canvas.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_DOWN);
        assertTrue(text(".diagram-tip").startsWith("unit 4 of layer 1 · sigmoid\n"), text(".diagram-tip"));
        canvas.sendKeys(Keys.ARROW_UP);
        String values = "unit 3 of layer 1 · sigmoid\nb = " + Numbers.fixed(net.weights(1)[2], 6);
        assertEquals(values + "\nEnter to map its activation", text(".diagram-tip"));
        assertTrue(browser.find(".diagram-tip").isDisplayed(), "the focused neuron's values are not shown");
        assertEquals(values.replace("\n", "; ") + "; Enter to map its activation",
                text("#diagram-figure [aria-live]"), "what a screen reader hears");
        assertTrue(browser.pixelsNear("#diagram", 204, 121, 167) > 20, "no focus ring drawn");
        browser.screenshot("diagram-keyboard");
        canvas.sendKeys(" ");
        browser.waitFor("the neuron map", "return document.getElementById('neuron-map-caption').textContent"
                + ".startsWith('unit 3 of layer 1')", 5);
        assertEquals(epoch, text("#epoch"), "Space in the diagram must map the neuron, not start training");
        // Escape leaves the diagram; the page's own keys work again
        canvas.sendKeys(Keys.ESCAPE);
        assertFalse(browser.find(".diagram-tip").isDisplayed(), "the tooltip stays after leaving the diagram");
        assertEquals("BODY", browser.js("return document.activeElement.tagName"));
    }

    @Test
    void hoveringAWeightShowsItsExactValue() {
        openTrain("");
        Network net = TrainingRun.start(LinkCodec.decode("v=1").state()).network();
        // the edge from unit 4 of layer 2 into the output, a quarter of the way along (where the fan-in is open)
        mouseTo(between(2, 3, 3, 0, 0.25));
        double w = net.weights(3)[4]; // row 4 = unit 4 of layer 2 (row 0 holds the bias), one output column
        assertEquals("w = " + Numbers.fixed(w, 6) + "\nfrom unit 4 of layer 2 to output unit 1", text(".diagram-tip"));
    }

    @Test
    void redrawsItselfWhenTrainingMovesTheWeights() {
        openTrain("");
        String before = browser.find("#diagram").getAttribute("data-version");
        browser.find("#step").click();
        browser.waitFor("a redraw after one epoch", "return document.getElementById('diagram').dataset.version !== '"
                + before + "'", 5);
        assertNotEquals(before, browser.find("#diagram").getAttribute("data-version"));
    }

    @Test
    void denseNetworkStaysDrawnAndSaysWhyWeightsCannotBeHovered() {
        openTrain("&h=32,32,32,32,32,32,32,32");
        assertTrue(browser.pixelsNear("#diagram", 0, 114, 178) > 300, "dense network not drawn");
        WebElement note = browser.find(".diagram-note");
        assertTrue(note.isDisplayed());
        assertTrue(note.getText().startsWith("This network has too many weights to point at one line"), note.getText());
        mouseTo(between(4, 10, 5, 20, 0.5));
        assertFalse(browser.find(".diagram-tip").isDisplayed(), "no per-weight hover on a dense network");
        browser.screenshot("diagram-dense");
    }

    @Test
    void oneInputNetworkMapsANeuronAlongX() {
        openTrain("&data=sin&h=6&act=tanh&out=identity&loss=mse");
        mouseTo(between(1, 0, 1, 0, 0));
        new Actions(browser.driver()).click().perform();
        browser.waitFor("the neuron curve", "return document.getElementById('neuron-map-caption').textContent"
                + ".includes('along x')", 5);
        assertTrue(browser.pixelsNear("#neuron-map", 0, 114, 178) > 100, "the neuron's curve is blank");
    }
}
