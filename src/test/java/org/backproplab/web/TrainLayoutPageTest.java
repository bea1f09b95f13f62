package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The Train view on one 1280 × 720 screen, as a lecturer opens it: the run controls with the epoch and loss, the
 * dataset chooser, the network diagram, the output and the loss curve all inside the viewport with no page
 * scrolling, in normal and projector mode, in English and 繁體中文; the settings panel that folds away; the
 * dataset chooser's pictures and keys.
 */
@Tag("browser")
class TrainLayoutPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    /** The five parts that must be on screen, by selector. */
    static final List<String> ONE_SCREEN = List.of("#play", "#step", "#reset", "#epoch", "#loss", ".data-column",
            "#diagram", "#boundary", "#loss-chart");

    /**
     * The boxes of the given selectors ("sel: left,top,right,bottom"), those outside the viewport, and how far the
     * document scrolls each way.
     */
    static final String BOXES = String.join("\n",
            "const w = document.documentElement.clientWidth, h = document.documentElement.clientHeight;",
            "const boxes = [], outside = [];",
            "for (const sel of arguments[0]) {",
            "  const el = document.querySelector(sel);",
            "  const r = el.getBoundingClientRect();",
            "  const box = sel + ': ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');",
            "  boxes.push(box);",
            "  if (r.width === 0 || r.height === 0 || r.left < 0 || r.top < 0 || r.right > w + 0.5 || r.bottom > h + 0.5)",
            "    outside.push(box);",
            "}",
            "const below = [];",
            "if (document.documentElement.scrollHeight > h) for (const el of document.body.querySelectorAll('*')) {",
            "  const r = el.getBoundingClientRect();",
            "  if (r.bottom > h + 0.5 && r.height > 0 && !(el.parentElement && el.parentElement.getBoundingClientRect().bottom > h + 0.5))",
            "    below.push(el.tagName + '#' + el.id + '.' + el.className + ' ' + Math.round(r.top) + '-' + Math.round(r.bottom));",
            "}",
            "return {boxes, outside, below,",
            "  scrollY: document.documentElement.scrollHeight - h, scrollX: document.documentElement.scrollWidth - w};");

    static void viewport(Browser in, int width, int height, boolean mobile) {
        in.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static void load(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
    }

    private static double number(String script) {
        return ((Number) browser.js(script)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static void assertOneScreen(Browser in, String what, List<String> parts) {
        Map<String, Object> m = (Map<String, Object>) in.js(BOXES, parts);
        System.out.println(what + ": " + m.get("boxes") + " scroll " + m.get("scrollX") + "," + m.get("scrollY"));
        assertEquals(List.of(), m.get("outside"), what + ": parts outside the viewport");
        assertTrue(((Number) m.get("scrollY")).doubleValue() <= 0, what + ": the page scrolls down by " + m.get("scrollY")
                + ", past the bottom: " + m.get("below"));
        assertTrue(((Number) m.get("scrollX")).doubleValue() <= 0, what + ": the page scrolls sideways by "
                + m.get("scrollX"));
    }

    @Test
    void theTrainViewIsOneScreenInBothModesAndLanguages() {
        viewport(browser, 1280, 720, false);
        for (String[] c : new String[][] {{"", "train-1280x720"}, {"&lang=zh-TW", "train-1280x720-zh"},
                {"&proj=on", "train-1280x720-projector"}, {"&proj=on&lang=zh-TW", "train-1280x720-projector-zh"}}) {
            load("v=1" + c[0]);
            browser.screenshot(c[1] + "-start");
            browser.find("#step").click();
            assertOneScreen(browser, c[1], ONE_SCREEN);
            double plane = number("return document.getElementById('boundary').getBoundingClientRect().height");
            double diagram = number("return document.getElementById('diagram').getBoundingClientRect().height");
            System.out.println(c[1] + ": output plane " + plane + " px, diagram " + diagram + " px");
            assertTrue(plane >= 280, c[1] + ": the output plane is " + plane + " px tall");
            assertTrue(diagram >= 280, c[1] + ": the diagram is " + diagram + " px tall");
            browser.screenshot(c[1]);
        }
    }

    /** XOR-easy learned, as README's first picture shows it (target/screenshots/train-1280x720-trained.png). */
    @Test
    void aTrainedRunStaysOnOneScreen() {
        viewport(browser, 1280, 720, false);
        load("v=1");
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 120);
        assertEquals("100.0 %", browser.find("#accuracy").getText());
        browser.js("document.activeElement.blur()");
        assertOneScreen(browser, "trained", ONE_SCREEN);
        browser.screenshot("train-1280x720-trained");
    }

    /** README's Runge and projector pictures: trained runs, the curve with its derivative's tab open. */
    @Test
    void trainedRunsInTheOtherModesStayOnOneScreenToo() {
        viewport(browser, 1280, 720, false);
        load("v=1&data=runge&n=200&val=0.3&tgrid=100&h=20,10,20,10&act=tanh,sigmoid,tanh,sigmoid&out=identity&loss=mse"
                + "&opt=adam&lr=0.001&batch=39&epochs=3000&seed=4");
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 120);
        browser.find("#plot-tab-slope").click();
        assertTrue(browser.find("#slope-chart").isDisplayed(), "the derivative's tab shows its chart");
        assertOneScreen(browser, "Runge trained", List.of("#play", "#epoch", "#loss", ".data-column", "#diagram",
                "#fit-chart", "#slope-chart"));
        browser.screenshot("train-1280x720-runge-trained");
        load("v=1&proj=on&lang=zh-TW");
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 120);
        browser.js("document.activeElement.blur()");
        assertOneScreen(browser, "projector, 繁體中文, trained", ONE_SCREEN);
        browser.screenshot("train-1280x720-projector-zh-trained");
    }

    @Test
    void aCurveShowsItsFitOnTheSameScreen() {
        viewport(browser, 1280, 720, false);
        for (String mode : List.of("", "&proj=on")) {
            load("v=1&data=runge&n=60&val=0.2&tgrid=50" + mode);
            browser.find("#step").click();
            assertOneScreen(browser, "runge" + mode, List.of("#play", "#epoch", "#loss", ".data-column", "#diagram",
                    "#fit-chart", "#loss-chart"));
            assertTrue(number("return document.getElementById('fit-chart').getBoundingClientRect().height") >= 280);
            browser.screenshot("train-1280x720-runge" + mode.replace("&proj=on", "-projector"));
        }
    }

    @Test
    void theSettingsPanelFoldsAwayIsRememberedInTheLinkAndKeepsEverySetting() {
        viewport(browser, 1280, 720, false);
        load("v=1");
        long settings = (Long) browser.js("return document.querySelectorAll('#controls [data-key]').length");
        assertTrue(settings >= 30, "every setting is in the panel: " + settings);
        assertTrue(browser.find("#controls").isDisplayed(), "open by default");
        assertEquals("true", browser.find("#settings-toggle").getAttribute("aria-expanded"));
        assertEquals("auto", browser.js("return getComputedStyle(document.getElementById('controls')).overflowY"));
        browser.js("for (const d of document.querySelectorAll('#controls details')) d.open = true;");
        assertTrue(number("const c = document.getElementById('controls'); return c.scrollHeight - c.clientHeight") > 0,
                "taller than the screen, the panel scrolls inside itself");
        assertOneScreen(browser, "every section open", ONE_SCREEN);
        browser.find("#settings-toggle").click();
        assertFalse(browser.find("#controls").isDisplayed(), "folded");
        assertEquals("false", browser.find("#settings-toggle").getAttribute("aria-expanded"));
        assertTrue(((String) browser.js("return location.hash")).contains("settings=folded"));
        assertOneScreen(browser, "folded", ONE_SCREEN);
        browser.screenshot("train-1280x720-folded");
        browser.find("#settings-toggle").click();
        assertTrue(browser.find("#controls").isDisplayed());
        assertTrue(((String) browser.js("return location.hash")).contains("settings=open"));
        // projector mode folds it by default, and a link that says so keeps it open
        load("v=1&proj=on");
        assertFalse(browser.find("#controls").isDisplayed(), "folded by default in projector mode");
        browser.find("#settings-toggle").click();
        assertTrue(browser.find("#controls").isDisplayed());
        assertTrue(((String) browser.js("return location.hash")).contains("settings=open"));
        assertOneScreen(browser, "projector with the settings open", ONE_SCREEN);
        browser.screenshot("train-1280x720-projector-settings");
        load("v=1&settings=folded");
        assertFalse(browser.find("#controls").isDisplayed(), "a link folds it");
        assertEquals(settings, browser.js("return document.querySelectorAll('#controls [data-key]').length"),
                "folded, the settings are all still there");
    }

    @Test
    void theDatasetChooserShowsPicturesAndWorksFromTheKeyboard() {
        viewport(browser, 1280, 720, false);
        load("v=1&data=spiral");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js("return Array.from(document.querySelectorAll("
                + "'#dataset-chooser input[type=radio]'), r => r.value)");
        assertEquals(browser.js("return Array.from(window.backpropLab.lab.choices('data'))"), ids, "one per dataset");
        for (String id : List.of("spiral", "moons", "circle", "xor_easy", "runge", "sin")) {
            String canvas = "#dataset-chooser canvas[data-dataset=" + id + "]";
            long coloured = browser.pixelsNear(canvas, 0, 114, 178) + browser.pixelsNear(canvas, 230, 159, 0);
            assertTrue(coloured > 20, id + "'s picture shows its points: " + coloured);
        }
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('#dataset-chooser input[value=spiral]')"
                + ".checked"));
        browser.js("document.querySelector('#dataset-chooser input[value=spiral]').focus()");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        browser.waitFor("the next dataset", "return window.backpropLab.lab.get('data') === 'moons'", 5);
        assertTrue(((String) browser.js("return location.hash")).contains("data=moons"));
        assertEquals("moons", browser.js("return document.querySelector('#controls select[data-key=data]').value"),
                "the settings' menu follows");
        assertEquals("0", browser.find("#epoch").getText(), "a new run");
        // and the menu moves the pictures' choice
        browser.js("const s = document.querySelector('#controls select[data-key=data]'); s.value = 'circle';"
                + "s.dispatchEvent(new Event('change'));");
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('#dataset-chooser input[value=circle]')"
                + ".checked"));
        browser.js("document.querySelector('#dataset-chooser input[value=circle]').focus()");
        browser.screenshot("train-dataset-chooser-focus");
    }

    @Test
    void projectorModeKeepsThePresetsAndTheExperimentsName() {
        viewport(browser, 1280, 720, false);
        load("v=1&opt=sgd&batch=1&proj=on");
        assertTrue(browser.find("#presets").isDisplayed(), "the presets stay in projector mode");
        assertTrue(browser.find("#experiment-title").isDisplayed());
        assertEquals("XOR-easy · 2×10 sigmoid · cross-entropy · SGD lr 0.1 · online (batch 1)",
                browser.find("#experiment-title").getText());
        assertOneScreen(browser, "projector, presets", List.of("#presets", "#experiment-title"));
        browser.js("const p = document.getElementById('presets'); p.value = p.options[2].value;"
                + "p.dispatchEvent(new Event('change'));");
        assertTrue(((String) browser.js("return location.hash")).contains("proj=on"), "still in projector mode");
        assertEquals(browser.js("return document.getElementById('presets').options[2].text"),
                browser.find("#experiment-title").getText(), "the preset's name is the title");
    }

    /**
     * Sums the page's layout shifts (PerformanceObserver "layout-shift", as Lighthouse's CLS) from the start of
     * loading to one second after the load event; returns {sum, where}.
     */
    static final String LAYOUT_SHIFTS = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "const shifts = [];",
            "new PerformanceObserver(list => shifts.push(...list.getEntries()))",
            "  .observe({type: 'layout-shift', buffered: true});",
            "const nav = performance.getEntriesByType('navigation')[0];",
            "const until = (nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : performance.now()) + 1000;",
            "setTimeout(() => {",
            "  let sum = 0; const where = [];",
            "  for (const e of shifts) {",
            "    if (e.hadRecentInput) continue;",
            "    sum += e.value;",
            "    where.push(e.value.toFixed(4) + ' at ' + Math.round(e.startTime) + ' ms: ' + e.sources.map(s => !s.node ? '?'",
            "      : s.node.nodeType !== 1 ? s.node.nodeName : s.node.tagName.toLowerCase() + (s.node.id ? '#' + s.node.id : '')",
            "      + (typeof s.node.className === 'string' && s.node.className ? '.' + s.node.className.split(' ')[0] : '')",
            "      + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height]",
            "      .map(Math.round))).join(', '));",
            "  }",
            "  done({sum, where});",
            "}, Math.max(0, until - performance.now()) + 50);");

    @SuppressWarnings("unchecked")
    static double layoutShift(Browser in, String what) {
        in.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
        Map<String, Object> m = (Map<String, Object>) in.driver().executeAsyncScript(LAYOUT_SHIFTS);
        double sum = ((Number) m.get("sum")).doubleValue();
        System.out.println(what + ": layout shift " + sum + " " + m.get("where"));
        return sum;
    }

    @Test
    void nothingJumpsWhileThePageLoadsAndTheEngineStarts() {
        Object[][] cases = {{1280, 720, false, "v=1", "1280×720"}, {1280, 720, false, "v=1&proj=on", "1280×720 projector"},
            {1280, 720, false, "v=1&data=runge&val=0.2", "1280×720 curve"}, {390, 844, true, "v=1", "phone"},
            {390, 844, true, "v=1&data=spiral&val=0.2&test=0.1", "phone, splits"}};
        for (Object[] c : cases) {
            viewport(browser, (Integer) c[0], (Integer) c[1], (Boolean) c[2]);
            load((String) c[3]);
            double sum = layoutShift(browser, (String) c[4]);
            assertTrue(sum <= 0.05, c[4] + ": the layout shifts by " + sum + " while loading");
        }
    }

    @Test
    void aLargeScreenUsesTheSpace() {
        viewport(browser, 1920, 1080, false);
        load("v=1&data=spiral");
        browser.find("#step").click();
        assertOneScreen(browser, "1920×1080", ONE_SCREEN);
        double plane = number("return document.getElementById('boundary').getBoundingClientRect().height");
        double diagram = number("return document.getElementById('diagram').getBoundingClientRect().height");
        double loss = number("return document.getElementById('loss-chart').getBoundingClientRect().height");
        System.out.println("1920×1080: output plane " + plane + " px, diagram " + diagram + " px, loss chart " + loss);
        assertTrue(plane >= 480, "the output grows: " + plane);
        assertTrue(diagram >= 420, "the diagram grows: " + diagram);
        assertTrue(loss >= 250, "the loss chart grows: " + loss);
        browser.screenshot("train-1920x1080");
    }

    @Test
    void aPhoneStacksWithoutSidewaysScrollAndItsTabStripShowsThatItScrolls() {
        viewport(browser, 390, 844, true);
        load("v=1");
        browser.find("#step").click();
        assertEquals(0.0, number("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth)"), "no sideways scroll");
        assertTrue(number("const s = document.querySelector('.tabs'); return s.scrollWidth - s.clientWidth") > 0,
                "the view tabs are wider than a phone");
        assertEquals(Boolean.TRUE, browser.js("return document.querySelector('.tabs').classList.contains('more-right')"
                + " && getComputedStyle(document.querySelector('.tabs')).maskImage.includes('gradient')"),
                "the strip fades out on the right, where more tabs wait");
        browser.screenshot("train-phone");
        browser.js("const s = document.querySelector('.tabs'); s.scrollLeft = s.scrollWidth;"
                + "s.dispatchEvent(new Event('scroll'));");
        assertEquals(Boolean.TRUE, browser.js("const s = document.querySelector('.tabs');"
                + "return s.classList.contains('more-left') && !s.classList.contains('more-right')"));
        // one column: Play first, then the output, the network, the curves, the data and the settings
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.js("return ['#play', '#boundary', '#diagram', '#loss-chart',"
                + " '#dataset-chooser', '#controls'].map(s => document.querySelector(s).getBoundingClientRect().top)");
        for (int i = 1; i < tops.size(); i++) {
            assertTrue(tops.get(i).doubleValue() > tops.get(i - 1).doubleValue(), "stacked in order: " + tops);
        }
    }
}
