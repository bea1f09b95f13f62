package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.backproplab.experiment.ExperimentJson;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Presets, Copy link, Export, Import, hostile links and classroom links, in a real browser. */
@Tag("browser")
class SharePageTest {
    /**
     * An experiment whose arithmetic is + − × ÷ and √ only (ReLU, identity output, MSE, momentum/SGD): the
     * browser and the JVM must agree to the bit even before the portable elementary functions land.
     */
    private static final String PORTABLE = "v=1&data=linear&n=50&h=6&act=relu&out=identity&loss=mse&opt=sgd"
            + "&lr=0.05&epochs=40&seed=3";
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    private static Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private static String text(String css) {
        return browser.find(css).getText();
    }

    private static void type(String key, String text) {
        WebElement el = browser.find("[data-key=" + key + "]");
        el.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static void trainToTheEnd() {
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 60);
    }

    private static String lastLossBits() {
        return (String) js("return window.backpropLab.lab.lastLossBits()");
    }

    @Test
    void presetsMenuOpensTheCourseExperimentsAndBackReturns() {
        browser.open(Browser.page("index.html", ""));
        Select presets = new Select(browser.find("#presets"));
        presets.selectByVisibleText("XOR-easy · 2×10 sigmoid · cross-entropy · SGD lr 0.1 · full batch: stays on the plateau");
        assertEquals("sgd", browser.find("select[data-key=opt]").getAttribute("value"));
        assertEquals("#v=2&opt=sgd", js("return location.hash"), "a preset plays at the default pace");
        assertEquals("", browser.find("#presets").getAttribute("value"), "the menu goes back to its title");

        presets.selectByVisibleText("1-20-10-20-10-1 tanh/sigmoid · Adam · batch 39 · 300 epochs · seed 4");
        assertEquals("runge", browser.find("select[data-key=data]").getAttribute("value"));
        assertEquals("20,10,20,10", browser.find("input[data-key=h]").getAttribute("value"));
        assertEquals("tanh,sigmoid,tanh,sigmoid", browser.find("input[data-key=act]").getAttribute("value"));
        assertEquals("39", browser.find("input[data-key=batch]").getAttribute("value"));
        assertEquals("0.3", js("return window.backpropLab.lab.get('val')"));

        presets.selectByVisibleText("Learning rate 0.01 / 0.1 / 1");
        assertEquals("true", browser.find("#tab-compare").getAttribute("aria-selected"));
        assertTrue(browser.find("#view-compare").isDisplayed());
        assertFalse(browser.find("#view-train").isDisplayed());
        assertEquals("0.01,0.1,1", browser.find("#compare-values").getAttribute("value"));

        presets.selectByVisibleText("η 0.01 · initial weights 0.6");
        assertTrue(browser.find("#view-perceptron").isDisplayed());
        assertEquals("0.01", browser.find("input[data-key=peta]").getAttribute("value"));
        presets.selectByVisibleText("W2 mixed tanh/sigmoid, GELU output, SSE");
        assertTrue(browser.find("#view-worksheet").isDisplayed());
        assertEquals("sse", js("return window.backpropLab.lab.get('wsloss')"));

        for (int i = 0; i < 3; i++) {
            browser.driver().navigate().back();
        }
        browser.waitFor("the Runge preset to come back", "return window.backpropLab.lab.get('data') === 'runge'", 10);
        assertTrue(browser.find("#view-train").isDisplayed());
        assertEquals("20,10,20,10", browser.find("input[data-key=h]").getAttribute("value"));
    }

    @Test
    void copiedLinkReopensTheSameRunBitForBit() {
        browser.open(Browser.page("index.html", PORTABLE));
        type("lr", "0.02");
        browser.find("#copy-link").click();
        browser.waitFor("the copy to finish", "return !!window.backpropLab.share.lastCopied", 10);
        String link = (String) js("return window.backpropLab.share.lastCopied");
        assertEquals(js("return location.href.split('#')[0]") + "#" + js("return window.backpropLab.lab.link()"), link);
        // the old (version 1) link's pace, "fastest" then by default, is now named in the link
        assertTrue(link.endsWith("#" + PORTABLE.replace("v=1", "v=2").replace("lr=0.05", "lr=0.02") + "&speed=max"), link);
        String said = text("#share-status");
        assertTrue(said.equals("Link copied") || said.startsWith("Copy this link:"), said);
        trainToTheEnd();
        String before = lastLossBits();

        browser.open(link);
        assertEquals("0.02", browser.find("input[data-key=lr]").getAttribute("value"));
        trainToTheEnd();
        assertEquals(before, lastLossBits());
        TrainingRun jvm = TrainingRun.start(LinkCodec.decode(link).state());
        jvm.train(1_000_000);
        assertEquals(Bits.hex(jvm.lossHistory().last()), before, "the JVM replays the link to the bit");
    }

    @Test
    void exportedJsonImportsBackAndTrainingContinuesFromItsWeights() throws IOException {
        browser.open(Browser.page("index.html", PORTABLE));
        trainToTheEnd();
        browser.find("#export-menu summary").click();
        browser.find("[data-export=json]").click();
        Map<?, ?> download = (Map<?, ?>) js("return window.backpropLab.share.lastDownload");
        assertEquals("backprop-lab-linear-epoch-40.json", download.get("name"));
        assertEquals("application/json", download.get("type"));
        String json = (String) js("return window.backpropLab.lab.share().exportJson()");

        // The JVM, training the same link, writes the very same file: same weights, same digits.
        TrainingRun jvm = TrainingRun.start(LinkCodec.decode(PORTABLE).state());
        jvm.train(40);
        assertEquals(ExperimentJson.write(jvm), json);

        type("lr", "0.3");
        Path file = Files.createTempFile("backprop-lab-import", ".json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            browser.find("#import-file").sendKeys(file.toString());
            browser.waitFor("the import", "return window.backpropLab.lab.get('init') === 'explicit'", 10);
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals("0.05", browser.find("input[data-key=lr]").getAttribute("value"), "settings restored");
        assertEquals("0", text("#epoch"));
        assertTrue(text("#share-status").startsWith("Imported backprop-lab-import"), text("#share-status"));
        assertEquals(false, js("return document.getElementById('notices').hidden === false"));

        // Plain full-batch SGD keeps no optimizer state: the imported run goes on exactly as the original would
        // have (the original trained one epoch further on the JVM).
        browser.find("#step").click();
        double first = ((Number) js("return window.backpropLab.lab.losses(0)[0]")).doubleValue();
        TrainingRun further = TrainingRun.start(LinkCodec.decode(PORTABLE.replace("epochs=40", "epochs=41")).state());
        further.train(41);
        assertEquals(Bits.hex(further.lossHistory().get(40)), Bits.hex(first));
    }

    @Test
    void aBadFileShowsWhyAndChangesNothing() {
        browser.open(Browser.page("index.html", "v=1&lr=0.3"));
        Object ok = js("return window.backpropLab.share.importText('{\"format\": \"backprop-lab\", \"version\": 1}',"
                + " 'broken.json')");
        assertEquals(false, ok);
        assertEquals("The file's \"settings\" should be a JSON object { … }.", text("#notices details > p"));
        assertEquals("0.3", js("return window.backpropLab.lab.get('lr')"));
        assertEquals("#v=1&lr=0.3", js("return location.hash"));
        assertEquals("Import failed; nothing was changed.", text("#share-status"));
    }

    @Test
    void exportsHistoryCsvAndBothChartsAsPng() {
        browser.open(Browser.page("index.html", "v=1&epochs=2500"));
        trainToTheEnd();
        String[][] items = {{"csv", "backprop-lab-xor_easy-epoch-2500-history.csv", "text/csv"},
            {"loss-png", "backprop-lab-xor_easy-epoch-2500-loss.png", "image/png"},
            {"boundary-png", "backprop-lab-xor_easy-epoch-2500-boundary.png", "image/png"}};
        js("window.scrollTo(0, 0)");
        for (String[] item : items) {
            browser.find("#export-menu summary").click();
            assertTrue(browser.find("[data-export=" + item[0] + "]").isDisplayed());
            if (item[0].equals("csv")) {
                browser.screenshot("share-tools");
            }
            browser.find("[data-export=" + item[0] + "]").click();
            Map<?, ?> d = (Map<?, ?>) js("return window.backpropLab.share.lastDownload");
            assertEquals(item[1], d.get("name"));
            assertEquals(item[2], d.get("type"));
            assertTrue(((Number) d.get("size")).longValue() > 3000, item[0] + " is " + d.get("size"));
            assertFalse(browser.find("[data-export=" + item[0] + "]").isDisplayed(), "the menu closes");
        }
        String csv = (String) js("return window.backpropLab.lab.share().historyCsv()");
        assertEquals(2501, csv.split("\n").length);
        assertTrue(csv.startsWith("epoch,loss,accuracy\n1,"));
        browser.find("#export-menu summary").click();
        for (String kind : new String[] {"fit-png", "slope-png"}) {
            assertFalse(browser.find("[data-export=" + kind + "]").isDisplayed(), kind + " is for a curve");
        }
        browser.find("#export-menu summary").click();
    }

    /** Issue 25: a curve has no decision boundary; its fitted curve and dy/dx charts are offered and download. */
    @Test
    void aCurveExportsItsFitAndDerivativeChartsNotABoundary() {
        browser.open(Browser.page("index.html", "v=1&data=sin&h=8&act=tanh&out=identity&loss=mse&opt=adam&lr=0.01"
                + "&epochs=200"));
        trainToTheEnd();
        js("window.scrollTo(0, 0)");
        browser.find("#export-menu summary").click();
        assertFalse(browser.find("[data-export=boundary-png]").isDisplayed(), "no boundary for a curve");
        browser.find("#export-menu summary").click();
        String[][] items = {{"fit-png", "backprop-lab-sin-epoch-200-fit.png"},
            {"slope-png", "backprop-lab-sin-epoch-200-dydx.png"}};
        for (String[] item : items) {
            browser.find("#export-menu summary").click();
            assertTrue(browser.find("[data-export=" + item[0] + "]").isDisplayed(), item[0]);
            browser.find("[data-export=" + item[0] + "]").click();
            Map<?, ?> d = (Map<?, ?>) js("return window.backpropLab.share.lastDownload");
            assertEquals(item[1], d.get("name"));
            assertEquals("image/png", d.get("type"));
            assertTrue(((Number) d.get("size")).longValue() > 3000, item[0] + " is " + d.get("size"));
            assertEquals("Exported " + item[1], text("#share-status"));
        }
    }

    @Test
    void hostileLinksShowPlainNoticesAndThePageStillTrains() {
        String[] links = {
            "v=1&data=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E&epochs=30",
            "v=1&%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E=1&epochs=30",
            "v=1&lr=%3Cimg%20src=x%20onerror=window.pwned=1%3E&h=%E2%80%AE10&epochs=30",
            "v=%ZZ&lr=%&&&==&epochs=30&" + "x".repeat(150_000),
        };
        for (String link : links) {
            browser.open(Browser.page("index.html", link));
            assertTrue(browser.find("#notices").isDisplayed(), link);
            assertFalse(text("#notices").isEmpty());
            assertEquals(0L, js("return document.querySelectorAll('#notices img, #notices script, #notices svg,"
                    + " #notices iframe').length"));
            assertEquals(0L, js("return document.querySelectorAll('img, script:not([src])').length"));
            // the box holds one disclosure: a summary line and one plain paragraph per notice, nothing else
            assertEquals(true, js("const box = document.getElementById('notices');"
                    + "return box.children.length === 1 && box.children[0].tagName === 'DETAILS'"
                    + " && Array.from(box.children[0].children).every(c => (c.tagName === 'P' || c.tagName === 'SUMMARY')"
                    + " && c.children.length === 0)"));
            if (link == links[0]) {
                assertTrue(text("#notices details > p").startsWith("Dataset: '\"><img src=x onerror=\"wi…' is not one of"),
                        text("#notices details > p"));
                browser.screenshot("hostile-link");
            }
            trainToTheEnd();
            assertEquals("30", text("#epoch"), link);
            assertNull(js("return window.pwned"));
        }
    }

    @Test
    void classroomLinkHidesTheFixedControlsWithANote() {
        browser.open(Browser.page("index.html", "v=1&lr=0.5&hide=data,lr,tabs,tools&epochs=50"));
        assertTrue(browser.find("#fixed-note").isDisplayed());
        assertEquals("Some settings are fixed by this link", text("#fixed-note"));
        assertFalse(browser.find("select[data-key=data]").isDisplayed());
        assertFalse(browser.find("input[data-key=lr]").isDisplayed());
        assertFalse(browser.find(".tabs").isDisplayed());
        assertFalse(browser.find("#presets").isDisplayed());
        assertTrue(browser.find("input[data-key=h]").isDisplayed());
        assertTrue(browser.find("#copy-link").isDisplayed());
        assertEquals(0L, js("return Array.from(document.querySelectorAll('#controls fieldset'))"
                + ".filter(f => f.offsetParent !== null && f.querySelector('[data-key=data]')).length"),
                "the Data group, all of it fixed, is hidden");
        browser.screenshot("classroom-link");
        trainToTheEnd();
        assertEquals("50", text("#epoch"));
        // a link without the list shows everything again
        browser.driver().get(Browser.page("index.html", "v=1&lr=0.5"));
        browser.waitFor("the controls to come back", "return document.querySelector('[data-key=lr]').offsetParent"
                + " !== null", 10);
        assertFalse(browser.find("#fixed-note").isDisplayed());
        assertTrue(browser.find(".tabs").isDisplayed());
    }
}
