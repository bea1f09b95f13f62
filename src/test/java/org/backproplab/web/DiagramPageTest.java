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
                + "\nclick to map it and choose its activation", text(".diagram-tip"));
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
        assertEquals(values + "\nEnter to map it and choose its activation", text(".diagram-tip"));
        assertTrue(browser.find(".diagram-tip").isDisplayed(), "the focused neuron's values are not shown");
        assertEquals(values.replace("\n", "; ") + "; Enter to map it and choose its activation",
                text("#diagram-figure [aria-live]"), "what a screen reader hears");
        assertTrue(browser.pixelsNear("#diagram", 204, 121, 167) > 20, "no focus ring drawn");
        browser.screenshot("diagram-keyboard");
        canvas.sendKeys(" ");
        browser.waitFor("the neuron map", "return document.getElementById('neuron-map-caption').textContent"
                + ".startsWith('unit 3 of layer 1')", 5);
        assertEquals(epoch, text("#epoch"), "Space in the diagram must map the neuron, not start training");
        // it opened the unit's activation menu on its own activation; Escape closes it, back on the diagram
        assertEquals("sigmoid", browser.js("return document.activeElement.dataset.id"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals("diagram", browser.js("return document.activeElement.id"));
        assertTrue(browser.find(".diagram-tip").isDisplayed(), "the cursor is back on the unit");
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
        assertEquals("w = " + Numbers.fixed(w, 6) + "\nfrom unit 4 of layer 2 to output unit 1"
                + "\nclick to type its initial value", text(".diagram-tip"), "before the first epoch");
        String drawn = browser.find("#diagram").getAttribute("data-version");
        browser.find("#step").click();
        browser.waitFor("a redraw after one epoch", "return document.getElementById('diagram').dataset.version"
                + " !== '" + drawn + "'", 5);
        mouseTo(between(2, 3, 3, 0, 0.3));
        mouseTo(between(2, 3, 3, 0, 0.25));
        assertTrue(text(".diagram-tip").endsWith("to output unit 1"), "after it: " + text(".diagram-tip"));
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

    // ---- editing the network in place (issue 26) -----------------------------------------------------------

    /** A v=1 link as the page writes it back after an edit: v=2, with the pace v=1 meant kept explicit. */
    static String written(String v1) {
        return "v=2" + v1.substring("v=1".length()) + "&speed=max";
    }

    private static String hash() {
        return ((String) browser.js("return location.hash")).substring(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> trainToTheEnd() {
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped() && window.backpropLab.lab.epoch() > 0",
                60);
        return (List<String>) browser.js("const v = new DataView(new ArrayBuffer(8));"
                + "return Array.from(window.backpropLab.lab.losses(0), x => { v.setFloat64(0, x);"
                + "  return v.getUint32(0).toString(16).padStart(8, '0') + v.getUint32(4).toString(16).padStart(8, '0'); });");
    }

    /**
     * Trains the edited run on the page, then checks that the page's link, opened afresh, gives the same loss bits,
     * and that the command line given that link prints them too.
     */
    private static void assertTheLinkReproducesTheRun(int epochs) {
        String link = hash();
        List<String> page = trainToTheEnd();
        assertEquals(epochs, page.size());
        openTrain(link.substring("v=1".length()));
        assertEquals(page, trainToTheEnd(), "the link " + link + " trains another run");
        assertEquals(page, CliBrowserAgreementTest.cliLossBits(link), "the command line disagrees on " + link);
    }

    private static String message() {
        return (String) browser.js("return Array.from(document.querySelectorAll('.diagram-message span'),"
                + " s => s.textContent).join('\\n')");
    }

    @Test
    void plusLayerAddsAHiddenLayerToTheLinkAndRestartsTheRun() {
        openTrain("&h=3,2&epochs=40");
        browser.find("#step").click();
        assertEquals("1", text("#epoch"));
        WebElement add = browser.find(".diagram-layers button:last-child");
        assertEquals("+ layer", add.getText());
        add.click();
        browser.waitFor("the new shape", "return backpropLab.lab.diagram().sizes().join() === '2,3,2,2,1'", 5);
        assertEquals(written("v=1&h=3,2,2&epochs=40"), hash());
        assertEquals("Added hidden layer 3 with 2 units.\nThe run restarted at epoch 0.", message());
        assertEquals("0", text("#epoch"));
        assertEquals("3,2,2", browser.js("return document.querySelector('#controls [data-key=h]').value"),
                "the typed field shows the new layers");
        browser.waitFor("three groups of + and −", "return document.querySelectorAll('.diagram-unit-buttons').length === 3",
                5);
        browser.screenshot("diagram-edit-layer");
        assertTheLinkReproducesTheRun(40);
    }

    @Test
    void minusOnALayerRemovesAUnitAndEachLimitSaysWhy() {
        openTrain("&h=3,1&epochs=40");
        List<WebElement> groups = browser.driver().findElements(org.openqa.selenium.By.cssSelector(".diagram-unit-buttons"));
        assertEquals(2, groups.size());
        WebElement minusOfLayer2 = groups.get(1).findElement(org.openqa.selenium.By.cssSelector("button"));
        assertEquals("Remove a unit from layer 2", minusOfLayer2.getAttribute("aria-label"));
        assertEquals("true", minusOfLayer2.getAttribute("aria-disabled"), "layer 2 has one unit left");
        minusOfLayer2.click();
        assertEquals("A layer keeps at least 1 unit; remove the whole layer with − layer.", message());
        assertEquals("v=1&h=3,1&epochs=40", hash(), "nothing changed");
        WebElement minusOfLayer1 = groups.get(0).findElement(org.openqa.selenium.By.cssSelector("button"));
        minusOfLayer1.click();
        browser.waitFor("the new shape", "return backpropLab.lab.diagram().sizes().join() === '2,2,1,1'", 5);
        assertEquals(written("v=1&h=2,1&epochs=40"), hash());
        assertEquals("Removed unit 3 of layer 1.\nThe run restarted at epoch 0.", message());
        assertTheLinkReproducesTheRun(40);
    }

    @Test
    void plusRefusesPastTheDiagramsLimitsAndPointsToTheTypedField() {
        openTrain("&h=8,8,8,8,8,8&epochs=40");
        browser.find(".diagram-layers button:last-child").click();
        assertEquals("The diagram adds up to 6 hidden layers; type more in Hidden layers (at most 8).", message());
        browser.find(".diagram-unit-buttons button:last-child").click();
        browser.screenshot("diagram-edit-limits");
        assertEquals("The diagram adds up to 8 units to a layer; type wider layers in Hidden layers (up to 256).",
                message());
        assertEquals("v=1&h=8,8,8,8,8,8&epochs=40", hash());
    }

    @Test
    void aUnitsActivationIsChosenFromItsMenuByKeyboardAndTheOutputsChecksStillHold() {
        openTrain("&h=3&loss=mse&epochs=40");
        browser.js("document.getElementById('diagram').focus()");
        WebElement canvas = browser.find("#diagram");
        canvas.sendKeys(Keys.HOME);
        canvas.sendKeys(Keys.ARROW_RIGHT, Keys.ENTER);
        assertEquals("menuitemradio", browser.js("return document.activeElement.getAttribute('role')"));
        assertEquals("sigmoid", browser.js("return document.activeElement.dataset.id"), "the menu opens on its own");
        assertEquals("Activation of unit 1 of layer 1", text("#diagram-menu-title"));
        for (int k = 0; k < 20 && !"tanh".equals(browser.js("return document.activeElement.dataset.id")); k++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        browser.screenshot("diagram-menu");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitFor("the new activation", "return backpropLab.lab.diagram().activationIds(1).join() === "
                + "'tanh,sigmoid,sigmoid'", 5);
        assertEquals(written("v=1&h=3&units=1.1%3Dtanh&loss=mse&epochs=40"), hash());
        assertEquals("Unit 1 of layer 1 is now tanh.\nThe run restarted at epoch 0.", message());
        assertEquals("diagram", browser.js("return document.activeElement.id"), "the focus is back on the diagram");
        assertTheLinkReproducesTheRun(40);
    }

    @Test
    void theOutputsMenuSetsTheOutputActivationUnlessTheLossRefusesIt() {
        openTrain("&h=3&epochs=40");
        mouseTo(between(2, 0, 2, 0, 0));
        new Actions(browser.driver()).click().perform();
        browser.find(".diagram-menu [data-id=identity]").click();
        assertTrue(message().startsWith("cross-entropy (bce) reads each output as a probability"), message());
        assertEquals("v=1&h=3&epochs=40", hash(), "refused: the link stays");
        assertFalse(browser.find("#view-train").getAttribute("class").contains("stale"), "the run stays trainable");
        openTrain("&h=3&loss=mse&epochs=40");
        mouseTo(between(2, 0, 2, 0, 0));
        new Actions(browser.driver()).click().perform();
        browser.find(".diagram-menu [data-id=identity]").click();
        browser.waitFor("the new output", "return backpropLab.lab.get('out') === 'identity'", 5);
        assertEquals(written("v=1&h=3&out=identity&loss=mse&epochs=40"), hash());
        assertEquals("Identity (linear)", (String) browser.js("const s = document.querySelector('#controls [data-key=out]');"
                + " return s.options[s.selectedIndex].text"));
    }

    @Test
    void beforeTheFirstEpochAWeightIsTypedInPlaceAndBecomesAnExplicitInitialWeight() {
        openTrain("&h=3&epochs=40");
        mouseTo(between(1, 1, 2, 0, 0.25));
        assertTrue(text(".diagram-tip").endsWith("\nclick to type its initial value"), text(".diagram-tip"));
        new Actions(browser.driver()).click().perform();
        WebElement box = browser.find(".diagram-weight input");
        assertEquals(box, browser.driver().switchTo().activeElement());
        assertEquals("Initial weight, from unit 2 of layer 1 to output unit 1", text(".diagram-weight span"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.75", Keys.ENTER);
        browser.waitFor("the typed weight", "return backpropLab.lab.diagram().weights(2)[2] === 0.75", 5);
        assertEquals("explicit", browser.js("return backpropLab.lab.get('init')"));
        assertTrue(hash().contains("&init=explicit&w="), hash());
        assertEquals("The weight from unit 2 of layer 1 to output unit 1 starts at 0.75.\nThe initial weights are now"
                + " typed weights: the others keep the values they had.\nThe run restarted at epoch 0.", message());
        browser.screenshot("diagram-weight");
        assertTheLinkReproducesTheRun(40);
        // after the first epoch a click on a weight says when it can be typed
        mouseTo(between(1, 1, 2, 0, 0.3));
        mouseTo(between(1, 1, 2, 0, 0.25));
        new Actions(browser.driver()).click().perform();
        assertEquals("Initial weights can be typed before the first epoch: press Reset, then click the weight.",
                message());
        assertEquals(0L, browser.js("return document.querySelectorAll('.diagram-weight').length"));
    }
}
