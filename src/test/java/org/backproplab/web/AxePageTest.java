package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core (Deque's Selenium binding, the version pinned in pom.xml) on every view, in English and 繁體中文, in
 * projector mode, on a phone and on the Train view while it trains: any violation of a WCAG 2.0/2.1 level A or AA
 * rule fails, named by rule and element. Two best-practice rules the page once broke are checked too (a table
 * header with no text; a page with no level-one heading, as projector mode hid the title). Besides axe: the
 * confusion matrix's text contrast at every shade in both colour schemes, and the keyboard's way to Play.
 */
@Tag("browser")
class AxePageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> ALSO = List.of("empty-table-header", "page-has-heading-one");

    static final String[][] VIEWS = {
        {"train", "v=1&data=spiral&val=0.2&test=0.2&epochs=5"},
        {"worksheet", "v=1&view=worksheet"},
        {"perceptron", "v=1&view=perceptron&ptable=and&pepochs=8"},
        {"activations", "v=1&view=activations&h=4,4"},
        {"compare", "v=1&view=compare&epochs=5&val=0.2"},
    };

    /** A fresh page: a new fragment alone would keep the document. */
    static void load(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
    }

    /** The view with what its buttons make (worksheet tables, compared runs) and every folded section open. */
    static void fill(String view) {
        if (view.equals("worksheet")) {
            browser.find("#ws-step").click();
            browser.waitFor("the worksheet tables", "return document.querySelectorAll('.ws-step').length > 0", 10);
        }
        if (view.equals("compare")) {
            browser.find("#compare-run").click();
            browser.waitFor("the compared runs",
                    "return document.querySelectorAll('#compare-table tbody tr').length >= 2"
                            + " && document.getElementById('compare-run').getAttribute('aria-pressed') !== 'true'", 30);
        }
        browser.js("for (const d of document.querySelectorAll('details')) d.open = true;");
    }

    /** axe's violations on the page as it is now, one line per rule and element, prefixed with {@code where}. */
    static List<String> scan(String where) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG21_AA);
        Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
        for (String id : ALSO) {
            AxeRuleOptions on = new AxeRuleOptions();
            on.setEnabled(true);
            rules.put(id, on);
        }
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(rules);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).analyze(browser.driver());
        assertFalse(results.isErrored(), where + ": axe failed: " + results.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                out.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + ") at "
                        + node.getTarget() + " " + node.getHtml() + " — " + node.getFailureSummary());
            }
        }
        return out;
    }

    static void assertNone(List<String> violations) {
        assertTrue(violations.isEmpty(), violations.size() + " WCAG 2.1 AA violations:\n" + String.join("\n", violations));
    }

    private static List<String> everyView(String extra, String label) {
        List<String> violations = new ArrayList<>();
        for (String[] v : VIEWS) {
            load(v[1] + extra);
            fill(v[0]);
            violations.addAll(scan(v[0] + label));
        }
        return violations;
    }

    @Test
    void everyViewInEnglish() {
        assertNone(everyView("", ""));
    }

    /** The first-visit guide's callouts over the Train view, in both languages, and the help on the Train view. */
    @Test
    void theFirstVisitGuideAndTheHelp() {
        List<String> violations = new ArrayList<>();
        try {
            for (String link : new String[] {"v=2", "v=2&lang=zh-TW"}) {
                load(link);
                browser.js("sessionStorage.setItem('guide-test', 'first'); localStorage.removeItem('backprop-lab.guide');");
                load(link);
                assertEquals(true, browser.js("const g = document.getElementById('guide'); return !!g && !g.hidden"));
                violations.addAll(scan("guide " + link));
                browser.find("#help").click();
                violations.addAll(scan("help " + link));
            }
        } finally {
            browser.js("sessionStorage.removeItem('guide-test')");
        }
        assertNone(violations);
    }

    @Test
    void everyViewInChinese() {
        List<String> violations = everyView("&lang=zh-TW", " zh-TW");
        assertEquals("zh-TW", browser.js("return document.documentElement.lang"));
        assertNone(violations);
    }

    @Test
    void everyViewInProjectorMode() {
        List<String> violations = everyView("&proj=on", " projector");
        violations.addAll(everyView("&proj=on&lang=zh-TW", " projector zh-TW"));
        assertTrue((Boolean) browser.js("return document.documentElement.classList.contains('projector')"));
        assertNone(violations);
    }

    @Test
    void everyViewOnAPhone() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            List<String> violations = everyView("", " phone");
            browser.find("#more-tools").click(); // the folded tools open
            violations.addAll(scan("compare phone, tools open"));
            assertNone(violations);
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void trainWhileItTrainsAndAfter() {
        List<String> violations = new ArrayList<>();
        load("v=1&data=spiral&val=0.2&test=0.2&epochs=1000000&speed=100");
        browser.find("#play").click();
        browser.waitFor("some epochs", "return Number(document.getElementById('epoch').textContent) > 20", 20);
        violations.addAll(scan("train playing"));
        violations.addAll(scan("train playing, later"));
        browser.find("#play").click();
        violations.addAll(scan("train paused"));

        load("v=1&data=xor_easy&val=0.2&test=0.2&epochs=200");
        browser.find("#play").click();
        browser.waitFor("the run to end", "return document.getElementById('epoch').textContent === '200'", 30);
        violations.addAll(scan("train finished"));

        load("v=1&data=runge&n=60&val=0.2&tgrid=50&h=10&act=tanh&out=identity&loss=mse&epochs=100");
        browser.find("#play").click();
        browser.waitFor("the curve's run to end", "return document.getElementById('epoch').textContent === '100'", 30);
        violations.addAll(scan("train curve finished"));
        assertNone(violations);
    }

    /** The diagram drawn compact with an edit's message under it, and the box of weights W opens, in both languages. */
    @Test
    void theDiagramsCompactFormMessageAndWeightsBox() {
        List<String> violations = new ArrayList<>();
        for (String lang : new String[] {"", "&lang=zh-TW"}) {
            load("v=2&h=32,32" + lang);
            browser.find(".diagram-unit-buttons button:last-child").click(); // + past 8 units: refused, said
            browser.waitFor("the message", "return document.querySelector('.diagram-message').textContent !== ''", 5);
            violations.addAll(scan("diagram compact, message" + lang));
            browser.js("document.getElementById('diagram').focus()");
            browser.find("#diagram").sendKeys(org.openqa.selenium.Keys.HOME);
            browser.find("#diagram").sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT, "w");
            browser.waitFor("the weights box", "return !!document.querySelector('.diagram-weights input')", 5);
            violations.addAll(scan("diagram weights box" + lang));
        }
        assertNone(violations);
    }

    @Test
    void dialogsAndQuiz() {
        List<String> violations = new ArrayList<>();
        load("v=1&view=worksheet&wsquiz=on");
        fill("worksheet");
        violations.addAll(scan("worksheet answer first"));
        browser.find("#help").click();
        violations.addAll(scan("help dialog"));
        assertNone(violations);
    }

    private static double luminance(int[] rgb) {
        double y = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            y += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return y;
    }

    /** WCAG's contrast ratio of two CSS colours written rgb(r, g, b) or #rgb / #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(rgb(a));
        double lb = luminance(rgb(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static int[] rgb(String css) {
        String s = css.trim();
        if (s.startsWith("#")) {
            String hex = s.length() == 4 ? "" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3)
                    + s.charAt(3) : s.substring(1);
            return new int[] {Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                Integer.parseInt(hex.substring(4, 6), 16)};
        }
        String[] parts = s.replaceAll("[^0-9.,]", "").split(",");
        assertTrue(parts.length == 3 || parts.length == 4 && Double.parseDouble(parts[3]) == 1, "an opaque colour: " + css);
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /**
     * Every share of a row, right (blue) or wrong (vermillion), gets text of at least 4.5:1 (the page picks black or
     * white, whichever contrasts more); and the cells drawn, read back from the page's computed styles, in normal
     * and projector mode.
     */
    @Test
    @SuppressWarnings("unchecked")
    void confusionMatrixTextContrastsAtEveryShadeInBothSchemes() {
        for (String scheme : List.of("", "&proj=on")) {
            load("v=1&data=spiral&val=0.2&test=0.2&epochs=40" + scheme);
            double worst = Double.MAX_VALUE;
            String where = "";
            List<List<Object>> shades = (List<List<Object>>) browser.js("const out = [];"
                    + "for (let i = 0; i <= 1000; i++) for (const right of [true, false]) {"
                    + "  const s = BackpropLab.confusionShade(i / 1000, right); out.push([i, right, s.background, s.color]); }"
                    + "return out;");
            for (List<Object> s : shades) {
                double ratio = contrast((String) s.get(2), (String) s.get(3));
                if (ratio < worst) {
                    worst = ratio;
                    where = "share " + s.get(0) + "/1000 " + (Boolean.TRUE.equals(s.get(1)) ? "right" : "wrong") + ": "
                            + s.get(3) + " on " + s.get(2);
                }
            }
            assertTrue(worst >= 4.5, "scheme '" + scheme + "': " + worst + " at " + where);
            browser.find("#play").click();
            browser.waitFor("the run to end", "return document.getElementById('epoch').textContent === '40'", 30);
            List<List<String>> drawn = (List<List<String>>) browser.js("return Array.from("
                    + "document.querySelectorAll('#confusion td'), td => [getComputedStyle(td).color,"
                    + " getComputedStyle(td).backgroundColor, td.textContent])");
            assertTrue(drawn.size() >= 4, "the matrix is drawn: " + drawn);
            for (List<String> cell : drawn) {
                double ratio = contrast(cell.get(0), cell.get(1));
                assertTrue(ratio >= 4.5, scheme + " cell " + cell + ": " + ratio);
            }
            System.out.printf("confusion matrix%s: worst text contrast %.2f:1 (%s)%n", scheme, worst, where);
        }
    }

    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String active() {
        return (String) browser.js("const e = document.activeElement; return e.id || e.tagName.toLowerCase();");
    }

    /**
     * From the page's start, the first Tab stop is "Skip to the run controls", out of sight until focused; Enter on
     * it puts the focus on the view's main button (Play: one Tab press, the issue asks at most 3) without touching
     * the link, and Tab goes on from there through the run's controls.
     */
    @Test
    void skipLinkReachesPlayFromThePageStart() {
        String[][] cases = {
            {"v=1", "Skip to the run controls", "play"},
            {"v=1&lang=zh-TW", "跳到執行控制項", "play"},
            {"v=1&proj=on", "Skip to the run controls", "play"},
            {"v=1&view=worksheet", "Skip to the run controls", "ws-step"},
            {"v=1&view=compare&lang=zh-TW", "跳到執行控制項", "compare-run"},
        };
        for (String[] c : cases) {
            load(c[0]);
            String hash = (String) browser.js("return location.hash");
            assertTrue((Boolean) browser.js("return document.getElementById('skip-to-run').getBoundingClientRect().bottom <= 0"),
                    c[0] + ": out of sight before it has the focus");
            press(Keys.TAB);
            assertEquals("skip-to-run", active(), c[0] + ": the first Tab stop");
            assertEquals(c[1], browser.find("#skip-to-run").getText());
            assertTrue((Boolean) browser.js("const r = document.getElementById('skip-to-run').getBoundingClientRect();"
                    + "return r.top >= 0 && r.left >= 0 && r.height > 10 && r.right <= innerWidth;"),
                    c[0] + ": in sight while focused");
            browser.screenshot("skip-link-" + c[0].replaceAll("[^a-zA-Z0-9]+", "-"));
            press(Keys.ENTER);
            assertEquals(c[2], active(), c[0] + ": Enter on the skip link");
            assertEquals(hash, browser.js("return location.hash"), "the link (the experiment) stays");
            assertEquals("0", browser.js("return document.getElementById('epoch').textContent"), "nothing trained");
            if (c[2].equals("play")) {
                assertEquals("false", browser.find("#play").getAttribute("aria-pressed"), "Enter didn't press Play");
                press(Keys.TAB);
                assertEquals("step", active());
                press(Keys.TAB);
                assertEquals("reset", active());
                press(Keys.TAB);
                assertEquals("speed", active());
                for (int i = 0; i < 3; i++) {
                    new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                }
                assertEquals("play", active(), "Shift+Tab goes back the same way");
                press(Keys.SPACE);
                assertEquals("true", browser.find("#play").getAttribute("aria-pressed"), "Space on Play plays");
                press(Keys.SPACE);
            }
        }
    }
}
