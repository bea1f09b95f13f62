package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page on a 390 × 844 phone: the top bar fits (tabs scroll sideways inside it, tools wrap), each view is one
 * column, the page never scrolls sideways (wide tables scroll in their own box), and every control is a touch
 * target of at least 40 × 40 px.
 */
@Tag("browser")
class PhonePageTest {
    @RegisterExtension
    static final Browser browser = new Browser(390, 844);

    /**
     * Touch targets under 40 px (a checkbox or a hidden file input counts by its label), and views whose parts sit
     * side by side: returns {"small": [...], "columns": [...]}.
     */
    static final String TOUCH = String.join("\n",
            "const small = [], columns = [];",
            "const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')",
            "  + (el.dataset && el.dataset.key ? '[' + el.dataset.key + ']' : '')",
            "  + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '');",
            "for (const el of document.querySelectorAll('button, select, input, textarea, summary, [role=tab]')) {",
            "  if (el.closest('[hidden], .overlay, datalist')) continue;",
            "  let target = el;",
            "  if (el.type === 'checkbox' || el.type === 'radio' || el.type === 'file') target = el.closest('label') || el;",
            "  const r = target.getBoundingClientRect();",
            "  if (r.width === 0 && r.height === 0) continue;",
            "  if (r.height < 40 || r.width < 40) small.push(name(el) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));",
            "}",
            "const view = document.querySelector('.view:not([hidden])');",
            "const lefts = Array.from(view.children).filter(c => c.getClientRects().length > 0)",
            "  .map(c => Math.round(c.getBoundingClientRect().left));",
            "if (new Set(lefts).size > 1) columns.push(view.id + ' lefts ' + lefts.join(','));",
            "return {small: small.slice(0, 40), columns};");

    @BeforeEach
    void phoneViewport() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
    }

    private static double number(String script) {
        return ((Number) browser.js(script)).doubleValue();
    }

    private static void load(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
    }

    @SuppressWarnings("unchecked")
    private static void assertFitsAPhone(String what) {
        assertEquals(390.0, number("return window.innerWidth"), 1, "viewport width");
        double overflow = number("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, what + ": the page scrolls sideways by " + overflow + " px");
        Map<String, List<String>> cut = (Map<String, List<String>>) browser.js(ProjectorPageTest.MEASURE);
        assertTrue(cut.get("cut").isEmpty(), what + ": cut off at the right edge: " + cut.get("cut"));
        Map<String, List<String>> m = (Map<String, List<String>>) browser.js(TOUCH);
        assertTrue(m.get("columns").isEmpty(), what + ": not one column: " + m.get("columns"));
        assertTrue(m.get("small").isEmpty(), what + ": touch targets under 40 px: " + m.get("small"));
    }

    @Test
    void everyViewIsOneColumnWithoutSidewaysScrollAndLargeTouchTargets() {
        for (String[] v : ProjectorPageTest.VIEWS) {
            load(v[1]);
            switch (v[0]) {
                case "train":
                    browser.find("#step").click();
                    browser.js("for (const d of document.querySelectorAll('#controls details')) d.open = true;");
                    break;
                case "worksheet":
                    browser.find("#ws-step").click();
                    break;
                case "compare":
                    browser.find("#compare-run").click();
                    browser.waitFor("the runs", "return document.getElementById('compare-run')"
                            + ".getAttribute('aria-pressed') === 'false'", 30);
                    break;
                default:
                    break;
            }
            browser.js("window.scrollTo(0, 0)");
            browser.screenshot("phone-" + v[0]);
            assertFitsAPhone(v[0]);
        }
    }

    @Test
    void topBarFitsTabsScrollInsideIt() {
        load("v=1&view=compare");
        double bar = number("return document.querySelector('.topbar').getBoundingClientRect().height");
        assertTrue(bar < 200, "the top bar leaves the screen to the view: " + bar + " px");
        assertEquals("auto", browser.js("return getComputedStyle(document.querySelector('.tabs')).overflowX"));
        double tabsRight = number("return document.querySelector('.tabs').getBoundingClientRect().right");
        assertTrue(tabsRight <= 390, "the tab strip stays on screen: " + tabsRight);
        assertTrue((Boolean) browser.js("const t = document.getElementById('tab-compare').getBoundingClientRect();"
                + "const s = document.querySelector('.tabs').getBoundingClientRect();"
                + "return t.left >= s.left - 1 && t.right <= s.right + 1;"), "the selected tab is scrolled into view");
        browser.screenshot("phone-topbar-compare");
        assertTrue(!browser.find("#share-tools").isDisplayed(), "the share tools fold away");
        browser.find("#more-tools").click();
        assertEquals("true", browser.find("#more-tools").getAttribute("aria-expanded"));
        assertTrue(browser.find("#share-tools").isDisplayed());
        assertTrue(browser.find("#projector").isDisplayed());
        assertFitsAPhone("compare with the tools open");
        browser.screenshot("phone-tools-open");
        browser.find("#more-tools").click();
        assertEquals("false", browser.find("#more-tools").getAttribute("aria-expanded"));
    }

    @Test
    void wideWorksheetTablesScrollInTheirOwnBox() {
        load("v=1&view=worksheet&wsw=1 2 3 4 5 6 7 8%0A1 2 3 4 5 6 7 8&wsact=tanh&wst=1 1 1 1 1 1 1 1");
        browser.find("#ws-step").click();
        assertTrue((Boolean) browser.js("return Array.from(document.querySelectorAll('.ws-scroll'))"
                + ".some(b => b.scrollWidth > b.clientWidth)"), "some table is wider than the phone");
        assertEquals(0.0, number("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth)"));
        browser.js("document.querySelector('#ws-forward-1').scrollIntoView()");
        browser.screenshot("phone-worksheet-wide");
    }

    @Test
    void phoneInChineseFitsToo() {
        for (String[] v : ProjectorPageTest.VIEWS) {
            load(v[1] + "&lang=zh-TW");
            browser.screenshot("phone-zh-" + v[0]);
            assertFitsAPhone(v[0] + " in 繁體中文");
        }
    }
}
