package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backproplab.engine.Rng;
import org.backproplab.engine.UnitPictures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every unit's picture in the diagram (issue 27), in Chromium: the thumbnails' pixels are the engine's unit values
 * through the output panel's colour scale, a unit of all-zero weights is flat, no picture is blank, and pointing at a
 * unit shows it large in the output panel.
 */
@Tag("browser")
class UnitPicturesPageTest {
    private static final int RES = 20;

    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    private static void openTrain(String fragment) {
        browser.driver().get("about:blank"); // a fresh page: a changed fragment alone would keep the old run
        browser.open(Browser.page("index.html", fragment));
        browser.js("document.getElementById('diagram-figure').scrollIntoView({block: 'center'})");
        waitForPictures();
    }

    /** Until the diagram has drawn the engine's current epoch. */
    private static void waitForPictures() {
        browser.waitFor("the diagram to draw the current epoch", "const c = document.getElementById('diagram');"
                + " return !!c.dataset.version && c.dataset.version === String(backpropLab.lab.diagram().version())", 10);
    }

    /** The output panel's colour of value v on the scale [lo, hi], as train.js computes it: pale(mix(orange, blue)). */
    static int[] expectedColour(double v, double lo, double hi) {
        if (!Double.isFinite(v)) {
            return new int[] {138, 138, 138};
        }
        double t = hi > lo ? Math.min(1, Math.max(0, (v - lo) / (hi - lo))) : 0.5;
        int[] orange = {230, 159, 0};
        int[] blue = {0, 114, 178};
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            double c = t < 0.5 ? orange[i] + (255 - orange[i]) * (t * 2) : 255 + (blue[i] - 255) * ((t - 0.5) * 2);
            out[i] = (int) Math.round(255 + (c - 255) * 0.6);
        }
        return out;
    }

    /** The drawn colour (r, g, b) of each asked cell [l, j, row, column] of the units' pictures, read off the canvas. */
    @SuppressWarnings("unchecked")
    private static List<List<Number>> readCells(List<int[]> cells) {
        List<List<Integer>> asked = new ArrayList<>();
        for (int[] c : cells) {
            asked.add(List.of(c[0], c[1], c[2], c[3]));
        }
        return (List<List<Number>>) browser.js("const canvas = document.getElementById('diagram');"
                + "const ctx = canvas.getContext('2d'); const ratio = canvas.width / canvas.clientWidth;"
                + "return arguments[0].map(([l, j, r, c]) => {"
                + "  const box = backpropLab.diagram.pictureBox(l, j);"
                + "  const x = Math.floor((box.x + (c + 0.5) * box.size / box.res) * ratio);"
                + "  const y = Math.floor((box.y + (r + 0.5) * box.size / box.res) * ratio);"
                + "  return Array.from(ctx.getImageData(x, y, 1, 1).data).slice(0, 3); })", asked);
    }

    /** The cells away from the rounded corners and the unit's outline. */
    private static boolean inside(int r, int c) {
        return r >= 2 && r < RES - 2 && c >= 2 && c < RES - 2;
    }

    @Test
    void eachThumbnailsPixelsAreTheEnginesUnitValuesThroughTheOutputPanelsColourScale() {
        String link = "v=2&h=4,3&act=tanh,relu&epochs=200&speed=max";
        openTrain(link);
        for (int k = 0; k < 7; k++) {
            browser.find("#step").click();
        }
        assertEquals(7, ((Number) browser.js("return backpropLab.lab.epoch()")).intValue());
        waitForPictures();
        // the same run on the JVM, with a forward pass of its own per point (UnitPicturesTest holds the grid pass to it)
        Lab jvm = new Lab();
        jvm.loadLink(link);
        assertEquals("", jvm.reset());
        jvm.train(7);
        double[] values = jvm.diagram().pictureValues(RES);
        double[] scales = jvm.diagram().pictureScaleValues();
        int[] sizes = jvm.run().network().sizes();
        Rng pick = new Rng(27);
        List<int[]> cells = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int k = 0; k < 16; k++) {
                    cells.add(new int[] {l, j, 2 + pick.nextInt(RES - 4), 2 + pick.nextInt(RES - 4)});
                }
            }
        }
        List<List<Number>> drawn = readCells(cells);
        List<String> wrong = new ArrayList<>();
        Set<String> colours = new HashSet<>();
        for (int k = 0; k < cells.size(); k++) {
            int[] c = cells.get(k);
            int u = UnitPictures.offset(sizes, c[0], c[1], 1);
            double v = values[UnitPictures.offset(sizes, c[0], c[1], RES * RES) + c[2] * RES + c[3]];
            int[] want = expectedColour(v, scales[2 * u], scales[2 * u + 1]);
            List<Number> got = drawn.get(k);
            colours.add(got.toString());
            for (int i = 0; i < 3; i++) {
                if (Math.abs(got.get(i).intValue() - want[i]) > 2) { // colour rounding, and no more
                    wrong.add("unit " + c[1] + " of layer " + c[0] + " at (" + c[2] + ", " + c[3] + "): value " + v
                            + " drawn " + got + ", expected " + java.util.Arrays.toString(want));
                    break;
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cells.size() + " cells differ:\n" + String.join("\n",
                wrong.subList(0, Math.min(10, wrong.size()))));
        assertTrue(colours.size() > 20, "the pictures hardly vary: " + colours.size() + " colours");
        browser.screenshot("unit-pictures");
    }

    @Test
    void aUnitWithAllZeroWeightsShowsAFlatPictureAndNoOtherIsBlank() {
        openTrain(UnitPicturesViewTest.ZERO_UNIT);
        int[] sizes = {2, 3, 1};
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                List<int[]> cells = new ArrayList<>();
                for (int r = 1; r < RES - 1; r++) {
                    for (int c = 1; c < RES - 1; c++) {
                        if (inside(r, c) || (r + c) % 3 == 0) {
                            cells.add(new int[] {l, j, r, c});
                        }
                    }
                }
                Set<String> colours = new HashSet<>();
                for (List<Number> rgb : readCells(cells)) {
                    colours.add(rgb.toString());
                }
                if (l == 1 && j == 1) {
                    // σ(0) = 0.5 everywhere: halfway on its [0, 1] scale, white
                    assertEquals(Set.of("[255, 255, 255]"), colours, "the zero-weight unit's picture");
                } else {
                    assertTrue(colours.size() >= 10, "unit " + j + " of layer " + l + " renders (nearly) blank: "
                            + colours);
                }
            }
        }
        browser.screenshot("unit-pictures-zero");
    }

    @Test
    void nothingRendersBlankInTheDefaultNetworkWhileItTrains() {
        openTrain("v=2&speed=max");
        browser.find("#play").click();
        browser.waitFor("some training", "return backpropLab.lab.epoch() > 300", 20);
        browser.find("#play").click();
        waitForPictures();
        int[] sizes = {2, 10, 10, 1};
        List<String> blank = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                List<int[]> cells = new ArrayList<>();
                for (int r = 2; r < RES - 2; r += 3) {
                    for (int c = 2; c < RES - 2; c += 3) {
                        cells.add(new int[] {l, j, r, c});
                    }
                }
                Set<String> colours = new HashSet<>();
                for (List<Number> rgb : readCells(cells)) {
                    colours.add(rgb.toString());
                }
                if (colours.size() < 3) {
                    blank.add("unit " + j + " of layer " + l + ": " + colours);
                }
            }
        }
        assertTrue(blank.isEmpty(), "blank or uniform pictures: " + blank);
        browser.screenshot("unit-pictures-trained");
    }

    private static String caption() {
        return (String) browser.js("return document.getElementById('boundary-caption').textContent");
    }

    private static void mouseToUnit(int l, int j) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) browser.js("return backpropLab.diagram.neuronCentre(arguments[0],"
                + " arguments[1])", l, j);
        WebElement canvas = browser.find("#diagram");
        new Actions(browser.driver()).moveToElement(canvas, (int) Math.round(p.get("x").doubleValue()
                - canvas.getRect().getWidth() / 2.0), (int) Math.round(p.get("y").doubleValue()
                - canvas.getRect().getHeight() / 2.0)).perform();
    }

    private static String boundaryPixels() {
        return (String) browser.js("const c = document.getElementById('boundary');"
                + "return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data"
                + ".filter((v, i) => i % 997 === 0)).join()");
    }

    @Test
    void pointingAtAUnitShowsItLargeInTheOutputPanelAndLeavingReturnsToTheOutput() {
        openTrain("v=2&h=4,3&act=tanh,relu&epochs=200");
        String output = "Network output over the input plane: orange near 0, blue near 1";
        assertEquals(output, caption());
        String outputPixels = boundaryPixels();
        mouseToUnit(1, 1);
        assertEquals("unit 2 of layer 1 (tanh) over the input plane: orange -1, white 0, blue 1", caption());
        assertTrue(browser.find("#boundary-figure").getAttribute("class").contains("unit-shown"));
        String unitPixels = boundaryPixels();
        assertFalse(unitPixels.equals(outputPixels), "the output panel still shows the output");
        browser.screenshot("unit-pictures-hover");
        // the ReLU unit, on its layer's ±largest value
        mouseToUnit(2, 0);
        assertTrue(caption().startsWith("unit 1 of layer 2 (relu) over the input plane: orange -"), caption());
        // an input shows its own coordinate over the plane
        mouseToUnit(0, 0);
        assertTrue(caption().startsWith("input x₁ over the input plane: orange -"), caption());
        // leaving the diagram returns to the network's output
        new Actions(browser.driver()).moveToElement(browser.find("#play")).perform();
        assertEquals(output, caption());
        assertEquals(outputPixels, boundaryPixels());
        // a click keeps the unit there after the mouse leaves, until a click on an empty spot of the diagram
        mouseToUnit(1, 1);
        new Actions(browser.driver()).click().perform();
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE); // the activation menu
        new Actions(browser.driver()).moveToElement(browser.find("#play")).perform();
        assertTrue(caption().startsWith("unit 2 of layer 1 (tanh)"), caption());
        WebElement canvas = browser.find("#diagram");
        new Actions(browser.driver()).moveToElement(canvas, -canvas.getRect().getWidth() / 2 + 8,
                canvas.getRect().getHeight() / 2 - 40).click().perform();
        assertEquals(output, caption());
    }

    @Test
    void aCurveOfOneInputKeepsTheActivationsGlyphAndHasNoPictures() {
        openTrain("v=2&data=sin&h=6&act=tanh&out=identity&loss=mse");
        assertNull(browser.js("return backpropLab.diagram.pictureBox(1, 0)"));
        assertFalse((Boolean) browser.js("return backpropLab.lab.diagram().hasPictures()"));
    }

    @Test
    void projectorModeDrawsLargerPictures() {
        openTrain("v=2&h=4,3&act=tanh,relu&epochs=200");
        double normal = ((Number) browser.js("return backpropLab.diagram.pictureBox(1, 0).size")).doubleValue();
        openTrain("v=2&h=4,3&act=tanh,relu&epochs=200&proj=on");
        double projector = ((Number) browser.js("return backpropLab.diagram.pictureBox(1, 0).size")).doubleValue();
        browser.screenshot("unit-pictures-projector");
        assertTrue(projector > normal, projector + " px on a projector, " + normal + " px otherwise");
    }
}
