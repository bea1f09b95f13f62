package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * Projector mode as a lecturer meets it on a 1280 × 720 projector: every view fits the width (no page-level
 * horizontal scroll, nothing cut off), all text is at least 20 px, lines are thick, the chrome is gone.
 */
@Tag("browser")
class ProjectorPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    static final String[][] VIEWS = {
        {"train", "v=1&data=spiral&val=0.2&test=0.2&epochs=20"},
        {"worksheet", "v=1&view=worksheet&wsw=0.1 0.2%0A0.3 0.4%0A%0A0.2 0.3%0A1 0.9%0A-3 2%0A%0A1%0A2%0A2.5"
                + "&wsact=tanh tanh%0Atanh sigmoid%0Agelu_tanh&wsloss=sse&wslr=0.1"},
        {"perceptron", "v=1&view=perceptron&ptable=and&pepochs=8"},
        {"activations", "v=1&view=activations&h=4,4"},
        {"compare", "v=1&view=compare&epochs=30&cmpv=0.01,0.1,1,3&val=0.2"},
    };

    /**
     * Visible elements that stick out of the viewport's width (outside any box that scrolls on its own), and
     * text below 20 px: returns {"cut": [...], "small": [...]}.
     */
    static final String MEASURE = String.join("\n",
            "const width = document.documentElement.clientWidth;",
            "const cut = [], small = [];",
            "const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')",
            "  + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '');",
            "const scrolls = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {",
            "  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }",
            "  return false; };",
            "for (const el of document.body.querySelectorAll('*')) {",
            "  if (el.closest('[hidden], .overlay, .visually-hidden, .sr, datalist, option, optgroup')) continue;",
            "  const closed = el.closest('details:not([open])');",
            "  if (closed && !el.closest('summary') && el !== closed) continue;",
            "  const r = el.getBoundingClientRect();",
            "  if (r.width === 0 || r.height === 0) continue;",
            "  if (r.right > width + 1 && !scrolls(el)) cut.push(name(el) + ' right=' + Math.round(r.right));",
            "  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && /\\S/.test(n.data));",
            "  const size = parseFloat(getComputedStyle(el).fontSize);",
            "  if (own && size < 20) small.push(name(el) + ' ' + size + 'px: ' + el.textContent.trim().slice(0, 40));",
            "}",
            "return {cut: cut.slice(0, 30), small: small.slice(0, 30)};");

    /** The viewport itself at 1280 × 720, as a projector gives (a window size would include browser chrome). */
    @BeforeEach
    void projectorViewport() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 720, "deviceScaleFactor", 1, "mobile", false));
    }

    private static double number(String script) {
        return ((Number) browser.js(script)).doubleValue();
    }

    private static void prepare(String view) {
        switch (view) {
            case "train":
                browser.find("#play").click();
                browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 30);
                break;
            case "worksheet":
                browser.find("#ws-step").click();
                break;
            case "compare":
                browser.find("#compare-run").click();
                browser.waitFor("the runs", "return document.querySelectorAll('#compare-table tbody tr').length === 4"
                        + " && document.getElementById('compare-run').getAttribute('aria-pressed') === 'false'", 30);
                break;
            default:
                break;
        }
        browser.js("window.scrollTo(0, 0)");
    }

    @SuppressWarnings("unchecked")
    private static void assertFitsAndLarge(String what) {
        assertEquals(1280.0, number("return document.documentElement.clientWidth"), 20, "viewport width");
        assertEquals(720.0, number("return window.innerHeight"), 1, "viewport height");
        double overflow = number("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, what + ": the page scrolls sideways by " + overflow + " px");
        Map<String, List<String>> m = (Map<String, List<String>>) browser.js(MEASURE);
        assertTrue(m.get("cut").isEmpty(), what + ": cut off at the right edge: " + m.get("cut"));
        assertTrue(m.get("small").isEmpty(), what + ": text below 20 px: " + m.get("small"));
    }

    @Test
    void everyViewFitsA1280By720ProjectorWithLargeType() {
        for (String[] v : VIEWS) {
            browser.open(Browser.page("index.html", v[1] + "&proj=on"));
            prepare(v[0]);
            assertTrue((Boolean) browser.js("return document.documentElement.classList.contains('projector')"));
            browser.screenshot("projector-" + v[0]);
            assertFitsAndLarge(v[0]);
            browser.js("window.scrollBy(0, 560)"); // the next screenful, as the lecturer scrolls
            browser.screenshot("projector-" + v[0] + "-below");
        }
    }

    @Test
    void everyViewFitsInChineseToo() {
        for (String[] v : VIEWS) {
            browser.open(Browser.page("index.html", v[1] + "&proj=on&lang=zh-TW"));
            prepare(v[0]);
            browser.screenshot("projector-zh-" + v[0]);
            assertFitsAndLarge(v[0] + " in 繁體中文");
        }
    }

    @Test
    void chartsAndCanvasesDrawThickerLinesAndLargerLabels() {
        browser.open(Browser.page("index.html", "v=1&val=0.2&epochs=10"));
        browser.find("#play").click();
        browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 20);
        assertEquals(2.0, number("return Chart.getChart('loss-chart').data.datasets[0].borderWidth"));
        assertEquals(12.0, number("return Chart.defaults.font.size"));
        long thin = browser.pixelsNear("#loss-chart", 0, 114, 178);
        browser.find("#projector").click();
        assertEquals(4.0, number("return Chart.getChart('loss-chart').data.datasets[0].borderWidth"));
        assertEquals(20.0, number("return Chart.defaults.font.size"));
        assertEquals(4.0, number("return BackpropLab.lineWidth(2)"));
        assertEquals(20.0, number("return BackpropLab.textSize(12)"));
        long thick = browser.pixelsNear("#loss-chart", 0, 114, 178);
        assertTrue(thick > 1.5 * thin, "the loss curve is drawn thicker: " + thin + " → " + thick + " blue pixels");
        String inks = "return Object.values(Chart.instances).flatMap(c => Object.values(c.scales))"
                + ".map(s => s.options.ticks.color + ' ' + s.options.title.color).join()";
        assertTrue(((String) browser.js(inks)).matches("(#000 #000,?)+"), "black axis texts: " + browser.js(inks));
        browser.find("#projector").click();
        assertEquals(2.0, number("return Chart.getChart('loss-chart').data.datasets[0].borderWidth"));
        assertTrue(((String) browser.js(inks)).matches("(#666 #666,?)+"), "grey again: " + browser.js(inks));
    }

    @Test
    void chromeAHelpingLecturerDoesNotNeedIsHiddenAndNoticesCollapse() {
        browser.open(Browser.page("index.html", "v=1&bogus=1&lr=abc&proj=on"));
        assertFalse(browser.find("#share-tools").isDisplayed(), "share tools hidden");
        assertTrue((Boolean) browser.js("return document.querySelector('.topbar h1').getBoundingClientRect().width <= 1"),
                "title out of sight");
        assertEquals("Backprop Lab", browser.find(".topbar h1").getAccessibleName(),
                "but still the page's level-one heading for screen readers");
        assertTrue(browser.find("#notices").isDisplayed(), "the notices are still there");
        assertEquals(false, browser.js("return document.querySelector('#notices details').open"), "but collapsed");
        assertTrue(browser.find("#language").isDisplayed(), "the language stays switchable");
        browser.screenshot("projector-notices");
        browser.find("#projector").click();
        assertTrue(browser.find("#share-tools").isDisplayed());
        assertEquals(true, browser.js("return document.querySelector('#notices details').open"));
    }

    @Test
    void projectorAndLanguageSwitchLiveWithoutLosingTheRun() {
        browser.open(Browser.page("index.html", "v=1&epochs=15"));
        browser.find("#play").click();
        browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 20);
        String loss = browser.find("#loss").getText();
        browser.find("#projector").click();
        new Select(browser.find("#language")).selectByValue("zh-TW");
        assertEquals(loss, browser.find("#loss").getText(), "the run is kept");
        assertEquals("15", browser.find("#epoch").getText());
        assertTrue(((String) browser.js("return location.hash")).contains("proj=on"));
        assertTrue(((String) browser.js("return location.hash")).contains("lang=zh-TW"));
        assertTrue(browser.pixelsNear("#boundary", 0, 114, 178) > 0, "the boundary is redrawn, not blank");
        browser.screenshot("projector-live-switch");
    }
}
