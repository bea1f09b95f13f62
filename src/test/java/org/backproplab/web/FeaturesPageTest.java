package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * Input features on the page (issue 28): the page and the command line train a link with features to the same loss
 * bits, the output plane is the same function as the JVM's, and the diagram's input column lists every feature with
 * its picture, where a click or Enter switches one and the link follows.
 */
@Tag("browser")
class FeaturesPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static final String SPIRAL = "v=2&data=spiral&feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&h=4&act=tanh&opt=adam"
            + "&lr=0.03&epochs=300&speed=max";

    private static void open(String fragment) {
        browser.driver().get("about:blank"); // a fresh page: a changed fragment alone would keep the old run
        browser.open(Browser.page("index.html", fragment));
        browser.waitFor("the diagram", "return !!document.getElementById('diagram').dataset.version", 10);
    }

    @SuppressWarnings("unchecked")
    private static List<String> pageLossBits() {
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 120);
        return (List<String>) browser.js("const v = new DataView(new ArrayBuffer(8));"
                + "return Array.from(window.backpropLab.lab.losses(0), x => { v.setFloat64(0, x);"
                + "  return v.getUint32(0).toString(16).padStart(8, '0') + v.getUint32(4).toString(16).padStart(8, '0'); });");
    }

    private static String hash() {
        return ((String) browser.js("return location.hash")).substring(1);
    }

    private static String pressed(String id) {
        return (String) browser.js("return document.querySelector('[data-feature=' + arguments[0] + ']')"
                + ".getAttribute('aria-pressed')", id);
    }

    @Test
    void theSpiralWithEveryFeatureTrainsToTheCommandLinesBitsAndDrawsTheSameOutputPlane() {
        open(SPIRAL);
        List<String> page = pageLossBits();
        List<String> cli = CliBrowserAgreementTest.cliLossBits(SPIRAL);
        assertEquals(300, cli.size());
        assertEquals(cli, page, "page and command line differ for a link with input features");
        // the output plane evaluates the network through the features: the JVM's grid, value for value
        Lab jvm = new Lab();
        jvm.loadLink(SPIRAL);
        jvm.reset();
        jvm.train(300);
        List<String> expected = new ArrayList<>();
        for (double v : jvm.grid(24)) {
            expected.add(Bits.hex(v));
        }
        @SuppressWarnings("unchecked")
        List<String> grid = (List<String>) browser.js("const v = new DataView(new ArrayBuffer(8));"
                + "return Array.from(window.backpropLab.lab.grid(24), x => { v.setFloat64(0, x);"
                + "  return v.getUint32(0).toString(16).padStart(8, '0') + v.getUint32(4).toString(16).padStart(8, '0'); });");
        assertEquals(expected, grid);
        // seven input nodes, named by their features
        assertEquals(List.of("x₁", "x₂", "x₁²", "x₂²", "x₁·x₂", "sin x₁", "sin x₂"),
                browser.js("return Array.from(window.backpropLab.lab.diagram().inputNames())"));
        browser.screenshot("features-spiral");
    }

    @Test
    void aClickOrEnterOnAFeatureSwitchesItAndTheLinkAndTheRunFollow() {
        open("v=2&data=circle&h=&epochs=200&speed=max");
        assertEquals(7, ((Number) browser.js("return document.querySelectorAll('.diagram-feature').length")).intValue());
        assertEquals("true", pressed("x1"));
        assertEquals("false", pressed("x1sq"));
        // all seven fit in the diagram's column on one 1280×720 screen, none scrolled away or clipped
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) browser.js("const f = document.getElementById('diagram-figure')"
                + ".getBoundingClientRect(); const list = document.querySelector('.diagram-features')"
                + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('.diagram-feature'))"
                + ".filter(b => { const r = b.getBoundingClientRect(); return r.top < Math.max(f.top, list.top)"
                + " || r.bottom > Math.min(f.bottom, list.bottom, innerHeight) || r.height < 20; })"
                + ".map(b => b.dataset.feature)");
        assertEquals(List.of(), outside, "features outside the diagram at 1280×720");
        assertEquals(0L, browser.js("const l = document.querySelector('.diagram-features');"
                + " return l.scrollHeight - l.clientHeight"));
        // every feature's picture is drawn: x₁² is light in the middle and dark at the sides, in both colours
        assertTrue(browser.pixelsNear("[data-feature=x1sq] canvas", 0, 114, 178) > 20, "no picture for x₁²");
        assertTrue(browser.pixelsNear("[data-feature=x1sq] canvas", 230, 159, 0) > 20, "no picture for x₁²");
        browser.find("[data-feature=x1sq]").click();
        browser.waitFor("the link", "return location.hash.includes('feat=x1,x2,x1sq')", 5);
        browser.find("[data-feature=x1]").click();
        browser.find("[data-feature=x2]").click();
        // the keyboard: Tab reaches the buttons, Enter switches
        browser.js("document.querySelector('[data-feature=x2sq]').focus()");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitFor("the link", "return location.hash.includes('feat=x1sq,x2sq')", 5);
        assertEquals("v=2&data=circle&feat=x1sq,x2sq&h=&epochs=200&speed=max", hash());
        assertEquals("true", pressed("x2sq"));
        assertEquals("false", pressed("x1"));
        assertEquals(2, ((Number) browser.js("return window.backpropLab.lab.diagram().sizes()[0]")).intValue());
        assertEquals("0", browser.find("#epoch").getText());
        String message = browser.find(".diagram-message").getText();
        assertTrue(message.contains("Input feature x₂² on: the network's inputs are x₁², x₂²."), message);
        assertTrue(message.contains("The run restarted at epoch 0."), message);
        browser.screenshot("features-toggled");
        // the link the toggles wrote trains to the command line's bits: with squares the circle is learnt
        String link = hash();
        assertEquals(CliBrowserAgreementTest.cliLossBits(link), pageLossBits());
        assertTrue(browser.find("#accuracy").getText().startsWith("100"), browser.find("#accuracy").getText());
    }

    /** All seven fit, unscrolled, in both languages and in projector mode, where they go two abreast. */
    @Test
    void everyFeatureIsListedOnOneScreenInEveryMode() {
        for (String mode : new String[] {"", "&lang=zh-TW", "&proj=on", "&proj=on&lang=zh-TW"}) {
            open("v=2&data=spiral" + mode);
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) browser.js("const list = document.querySelector('.diagram-features')"
                    + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('.diagram-feature'))"
                    + ".filter(b => { const r = b.getBoundingClientRect(); return r.top < list.top"
                    + " || r.bottom > Math.min(list.bottom, innerHeight) || r.height < 20 || r.width < 20; })"
                    + ".map(b => b.dataset.feature)");
            browser.screenshot("features-fit" + mode.replace('&', '-').replace('=', '-'));
            assertEquals(List.of(), outside, "features cut off in mode '" + mode + "': " + browser.js("const l ="
                    + " document.querySelector('.diagram-features'); const r = l.getBoundingClientRect();"
                    + " return [l.className, r.top, r.bottom, l.clientHeight, l.scrollHeight, innerHeight,"
                    + " Array.from(l.children, c => c.getBoundingClientRect().bottom).join(' ')].join(', ')"));
            assertEquals(0L, browser.js("const l = document.querySelector('.diagram-features');"
                    + " return l.scrollHeight - l.clientHeight"), mode);
        }
        browser.screenshot("features-projector-zh");
    }

    /** A preset's note, with its seed study's figures, leads the status line when it is opened from the menu. */
    @Test
    void thePresetsSayTheirFigures() {
        open("v=2");
        browser.js("const s = document.getElementById('presets');"
                + " s.value = Array.from(s.options).find(o => o.text === 'Spiral with sin features').value;"
                + " s.dispatchEvent(new Event('change'))");
        browser.waitFor("the preset", "return location.hash.includes('data=spiral')", 5);
        String status = browser.find("#status").getText();
        assertTrue(status.startsWith("seeds 1–20: 100 % from 14, at least 98 % from all; x1, x2 alone 84–97 %"), status);
        assertTrue(browser.find("#experiment-title").getText().contains("Spiral with sin features"));
        assertEquals("v=2&data=spiral&feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&h=5&act=tanh&opt=adam&lr=0.03&epochs=2000",
                hash());
    }

    @Test
    void theLastFeatureOnStaysOnWithAMessage() {
        open("v=2&data=circle&feat=x1sq");
        browser.find("[data-feature=x1sq]").click();
        String message = browser.find(".diagram-message").getText();
        assertEquals("x₁² is the last input feature on: at least one must stay on; switch another on first", message);
        assertTrue((Boolean) browser.js("return document.querySelector('.diagram-message').classList.contains('refused')"));
        assertEquals("true", pressed("x1sq"));
        assertEquals("v=2&data=circle&feat=x1sq", hash());
    }

    @Test
    void aCurveHasNoFeatureListAndTheListReadsInChinese() {
        open("v=2&data=runge&h=4&act=tanh&out=identity&loss=mse");
        assertFalse(browser.find(".diagram-features").isDisplayed(), "a curve has one input: no features");
        open("v=2&data=circle&feat=x1sq,x2sq&lang=zh-TW");
        assertTrue(browser.find(".diagram-features").isDisplayed());
        browser.find("[data-feature=sinx1]").click();
        browser.waitFor("the link", "return location.hash.includes('feat=x1sq,x2sq,sinx1')", 5);
        assertTrue(browser.find(".diagram-message").getText().startsWith("已開啟輸入特徵 sin x₁"),
                browser.find(".diagram-message").getText());
        I18nPageTest.assertNoEnglish(browser, "Train with input features");
        browser.screenshot("features-zh");
    }
}
