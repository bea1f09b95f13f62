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
        // (a pixel or two of a unit's outline over the orange of its picture comes near the ring's colour)
        long before = browser.pixelsNear("#diagram", 204, 121, 167);
        assertTrue(before <= 3, "a focus ring before the diagram has focus: " + before);
        browser.js("document.getElementById('diagram').focus()");
        WebElement canvas = browser.find("#diagram");
        // from input unit 1 of 2, right into layer 1 at the same height (unit 3 of 10), down to unit 4 and back
        canvas.sendKeys(Keys.HOME); // shows the cursor, at input unit 1, however the focus arrived
        assertTrue(text(".diagram-tip").startsWith("input x₁"), text(".diagram-tip"));
        canvas.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_DOWN);
        assertTrue(text(".diagram-tip").startsWith("unit 4 of layer 1 · sigmoid\n"), text(".diagram-tip"));
        canvas.sendKeys(Keys.ARROW_UP);
        String values = "unit 3 of layer 1 · sigmoid\nb = " + Numbers.fixed(net.weights(1)[2], 6);
        String keys = "\nEnter to map it and choose its activation\nW to type its initial weights";
        assertEquals(values + keys, text(".diagram-tip"));
        assertTrue(browser.find(".diagram-tip").isDisplayed(), "the focused neuron's values are not shown");
        assertEquals((values + keys).replace("\n", "; "), text("#diagram-figure p.visually-hidden[aria-live]"),
                "what a screen reader hears");
        assertTrue(text("#diagram-keys").contains("W types its initial weights before the first epoch"),
                "the diagram's description says the key");
        assertTrue(browser.pixelsNear("#diagram", 204, 121, 167) > before + 20, "no focus ring drawn");
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
        // the edge from unit 4 of layer 2 into the output, two fifths of the way along (clear of the unit's picture) (where the fan-in is open)
        mouseTo(between(2, 3, 3, 0, 0.4));
        double w = net.weights(3)[4]; // row 4 = unit 4 of layer 2 (row 0 holds the bias), one output column
        assertEquals("w = " + Numbers.fixed(w, 6) + "\nfrom unit 4 of layer 2 to output unit 1"
                + "\nclick to type its initial value", text(".diagram-tip"), "before the first epoch");
        String drawn = browser.find("#diagram").getAttribute("data-version");
        browser.find("#step").click();
        browser.waitFor("a redraw after one epoch", "return document.getElementById('diagram').dataset.version"
                + " !== '" + drawn + "'", 5);
        mouseTo(between(2, 3, 3, 0, 0.45));
        mouseTo(between(2, 3, 3, 0, 0.4));
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
    void theLargestTypedNetworkIsDrawnCompactAndItsDrawnWeightsStillHover() {
        openTrain("&h=32,32,32,32,32,32,32,32");
        assertTrue(browser.pixelsNear("#diagram", 0, 114, 178) > 300, "dense network not drawn");
        WebElement note = browser.find(".diagram-note");
        assertTrue(note.isDisplayed());
        assertEquals("32 units: drawn compact; the diagram shows up to 10 per layer\n"
                + "8 hidden layers: drawn compact; the diagram is made for up to 6", note.getText());
        // every column draws 9 units and "⋯" (the inputs and the output whole): few enough lines to point at one
        Network net = TrainingRun.start(LinkCodec.decode("v=1&h=32,32,32,32,32,32,32,32").state()).network();
        mouseTo(between(4, 31, 5, 31, 0.5));
        assertEquals("w = " + Numbers.fixed(net.weights(5)[32 * 32 + 31], 6) + "\nfrom unit 32 of layer 4 to unit 32 of"
                + " layer 5\nclick to type its initial value", text(".diagram-tip"));
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

    // ---- networks larger than the diagram's + goes, weights typed from the keyboard (issue 26, the rest) -------

    /** The rectangle of an element on the page: left, top, right, bottom. */
    @SuppressWarnings("unchecked")
    private static List<Number> rect(String css) {
        return (List<Number>) browser.js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return [r.left, r.top, r.right, r.bottom]", css);
    }

    private static void assertInside(String inner, String outer) {
        List<Number> a = rect(inner);
        List<Number> b = rect(outer);
        assertTrue(a.get(0).doubleValue() >= b.get(0).doubleValue() - 0.5 && a.get(1).doubleValue() >= b.get(1).doubleValue() - 0.5
                && a.get(2).doubleValue() <= b.get(2).doubleValue() + 0.5 && a.get(3).doubleValue() <= b.get(3).doubleValue() + 0.5,
                inner + " " + a + " leaves " + outer + " " + b);
    }

    @Test
    void aNetworkTypedLargerThanTheDiagramIsDrawnCompactInsideItsBoxAndSaysWhyInBothLanguages() {
        String[][] cases = {
            {"&h=32,32", "", "32 units: drawn compact; the diagram shows up to 10 per layer"},
            {"&h=32,32", "&lang=zh-TW", "32 個單元：以精簡方式繪製；網路圖每層最多畫 10 個"},
            {"&h=4,4,4,4,4,4,4", "", "7 hidden layers: drawn compact; the diagram is made for up to 6"},
            {"&h=4,4,4,4,4,4,4", "&lang=zh-TW", "7 個隱藏層：以精簡方式繪製；網路圖是為最多 6 層設計的"},
        };
        TrainLayoutPageTest.viewport(browser, 1280, 720, false);
        try {
            for (String[] c : cases) {
                openTrain(c[0] + c[1]);
                WebElement note = browser.find(".diagram-note");
                assertTrue(note.isDisplayed(), c[0] + c[1] + ": no note");
                assertEquals(c[2], note.getText());
                assertEquals("diagram-keys diagram-note", browser.find("#diagram").getAttribute("aria-describedby"),
                        "a screen reader hears the note with the diagram");
                assertTrue(browser.pixelsNear("#diagram", 0, 114, 178) + browser.pixelsNear("#diagram", 230, 159, 0) > 300,
                        c[0] + ": the diagram is blank");
                @SuppressWarnings("unchecked")
                Map<String, Number> box = (Map<String, Number>) browser.js("return backpropLab.diagram.drawnBox()");
                assertTrue(box.get("left").doubleValue() >= 0 && box.get("top").doubleValue() >= 0
                        && box.get("right").doubleValue() <= box.get("width").doubleValue()
                        && box.get("bottom").doubleValue() <= box.get("height").doubleValue(), "drawn outside the canvas: " + box);
                boolean wide = c[0].contains("32");
                assertEquals(wide ? 2 + 9 + 9 + 1 : 2 + 7 * 4 + 1, box.get("units").intValue(), "neurons drawn");
                assertEquals(wide ? 2 : 0, box.get("more").intValue(), "'⋯' drawn");
                assertInside("#diagram", "#diagram-figure");
                assertInside(".diagram-foot", "#diagram-figure");
                for (int k = 1; k <= (wide ? 2 : 7); k++) {
                    assertInside(".diagram-unit-buttons:nth-child(" + k + ")", ".diagram-stage");
                }
                assertTrue(rect("#diagram-figure").get(3).doubleValue() <= 720, "the figure leaves the screen");
                browser.screenshot("diagram-compact" + c[0].replace("&h=", "-").replace(",", "") + c[1].replace("&lang=", "-"));
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void aCompactLayersDrawnUnitsHoverWithTheirOwnValuesAndMinusTakesItsLastUnit() {
        openTrain("&h=32,32&epochs=40");
        Network net = TrainingRun.start(LinkCodec.decode("v=1&h=32,32&epochs=40").state()).network();
        assertEquals(null, browser.js("return backpropLab.diagram.neuronCentre(1, 8)"), "unit 9 is left out");
        mouseTo(between(1, 31, 1, 31, 0));
        assertEquals("unit 32 of layer 1 · sigmoid\nb = " + Numbers.fixed(net.weights(1)[31], 6)
                + "\nclick to map it and choose its activation", text(".diagram-tip"));
        mouseTo(between(1, 31, 2, 31, 0.5));
        assertEquals("w = " + Numbers.fixed(net.weights(2)[32 * 32 + 31], 6) + "\nfrom unit 32 of layer 1 to unit 32 of"
                + " layer 2\nclick to type its initial value", text(".diagram-tip"));
        // "⋯" says which units it stands for
        @SuppressWarnings("unchecked")
        Map<String, Number> more = (Map<String, Number>) browser.js("return backpropLab.diagram.neuronCentre(1, 7)");
        @SuppressWarnings("unchecked")
        Map<String, Number> last = (Map<String, Number>) browser.js("return backpropLab.diagram.neuronCentre(1, 31)");
        double y = (more.get("y").doubleValue() + last.get("y").doubleValue()) / 2;
        int[] at = between(1, 7, 1, 7, 0);
        mouseTo(new int[] {at[0], at[1] + (int) Math.round(y - more.get("y").doubleValue())});
        assertEquals("units 9 to 31 of layer 1 are not drawn\ndrawn compact: the diagram shows up to 10 units per layer",
                text(".diagram-tip"));
        // + refuses past the diagram's 8; − takes the last unit (32 → 31) and says how to go further in one step
        browser.find(".diagram-unit-buttons button:last-child").click();
        assertEquals("The diagram adds up to 8 units to a layer; type wider layers in Hidden layers (up to 256).", message());
        browser.find(".diagram-unit-buttons button").click();
        browser.waitFor("the new shape", "return backpropLab.lab.diagram().sizes().join() === '2,31,32,1'", 5);
        assertEquals(written("v=1&h=31,32&epochs=40"), hash());
        assertEquals("Removed unit 32 of layer 1.\nLayer 1 still has 31 units: type its width in Hidden layers to change"
                + " it in one step.\nThe run restarted at epoch 0.", message());
        assertInside(".diagram-message", "#diagram-figure");
        assertEquals("polite", browser.find(".diagram-message").getAttribute("aria-live"));
        browser.screenshot("diagram-compact-minus");
        assertTheLinkReproducesTheRun(40);
    }

    @Test
    void aKeyboardUserTypesAnInitialWeightWithWAndGetsTheLinkAClickGives() {
        openTrain("&h=3&epochs=40");
        browser.js("document.getElementById('diagram').focus()");
        WebElement canvas = browser.find("#diagram");
        canvas.sendKeys(Keys.HOME);
        canvas.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertTrue(text(".diagram-tip").startsWith("output unit 1 · sigmoid\n"), text(".diagram-tip"));
        assertTrue(text(".diagram-tip").endsWith("\nW to type its initial weights"), text(".diagram-tip"));
        canvas.sendKeys("w");
        assertEquals("Initial weights into output unit 1", text("#diagram-weights-title"));
        assertEquals(List.of("bias", "from unit 1 of layer 1", "from unit 2 of layer 1", "from unit 3 of layer 1"),
                browser.js("return Array.from(document.querySelectorAll('.diagram-weights label span'), s => s.textContent)"));
        assertEquals("0", browser.js("return document.activeElement.dataset.row"), "the focus starts on the bias");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("2", browser.js("return document.activeElement.dataset.row"));
        browser.screenshot("diagram-weights-keyboard");
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.75", Keys.ENTER);
        browser.waitFor("the typed weight", "return backpropLab.lab.diagram().weights(2)[2] === 0.75", 5);
        assertEquals("diagram", browser.js("return document.activeElement.id"), "the focus is back on the diagram");
        // the same edit as a click on that line and 0.75 typed (beforeTheFirstEpochAWeightIs…): the same link
        Lab jvm = new Lab();
        jvm.loadLink("v=1&h=3&epochs=40");
        jvm.reset();
        assertEquals("changed", jvm.diagram().setWeight(2, 2, 0, "0.75")[0]);
        assertEquals(jvm.link(), hash());
        assertEquals("The weight from unit 2 of layer 1 to output unit 1 starts at 0.75.\nThe initial weights are now"
                + " typed weights: the others keep the values they had.\nThe run restarted at epoch 0.", message());
        assertTheLinkReproducesTheRun(40);
        // after the first epoch W says when weights can be typed
        browser.js("document.getElementById('diagram').focus()");
        canvas = browser.find("#diagram"); // the page was opened afresh
        canvas.sendKeys(Keys.HOME);
        canvas.sendKeys(Keys.ARROW_RIGHT, "w");
        assertEquals("Initial weights can be typed before the first epoch: press Reset, then W on the unit.", message());
        assertEquals(0L, browser.js("return document.querySelectorAll('.diagram-weight').length"));
    }
}
