package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first-visit guide: four callouts (data, network, output, Play) on a first visit, gone for good once
 * dismissed, shown once per page load where storage is blocked, never in projector mode. Every other browser test
 * is a returning visitor (see {@link Browser#RETURNING_VISITOR}).
 */
@Tag("browser")
class GuidePageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    /** Opens {@code fragment} as a visitor in {@code mode}: "first" (nothing stored yet) or "blocked" storage. */
    static void visit(String fragment, String mode) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
        browser.js("sessionStorage.setItem('guide-test', arguments[0]);"
                + " if (arguments[0] === 'first') localStorage.removeItem('backprop-lab.guide');", mode);
        reload();
    }

    static void reload() {
        browser.driver().navigate().refresh();
        browser.waitForReady();
    }

    static boolean guideShown() {
        return (Boolean) browser.js("const g = document.getElementById('guide'); return !!g && !g.hidden");
    }

    @SuppressWarnings("unchecked")
    static List<String> callouts() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#guide .guide-callout'))"
                + ".filter(p => !p.hidden && p.getClientRects().length > 0).map(p => p.textContent.trim())");
    }

    @AfterEach
    void forget() {
        browser.js("sessionStorage.removeItem('guide-test')");
    }

    @Test
    void aFirstVisitShowsFourCalloutsUntilDismissedInBothLanguages() {
        visit("v=2", "first");
        assertTrue(guideShown(), "a first visit shows the guide");
        List<String> shown = callouts();
        assertEquals(4, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("1 · Data") && shown.get(1).startsWith("2 · Network")
                && shown.get(2).startsWith("3 · Output") && shown.get(3).startsWith("4 · Press Play"), shown.toString());
        // each callout is on the screen, beside what it names
        assertEquals(true, browser.js("return Array.from(document.querySelectorAll('#guide .guide-callout')).every(p => {"
                + " const r = p.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.right <= innerWidth"
                + " && r.bottom <= innerHeight; })"), String.valueOf(browser.js("return innerWidth + 'x' + innerHeight + ' '"
                + " + Array.from(document.querySelectorAll('#guide .guide-callout')).map(p => {"
                + " const r = p.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom].map(Math.round); })"
                + ".join(' ')")));
        assertEquals(true, browser.js("const r = Array.from(document.querySelectorAll('#guide .guide-callout'))"
                + ".map(p => p.getBoundingClientRect());"
                + " return r.every((a, i) => r.every((b, j) => i === j || a.right <= b.left || b.right <= a.left"
                + " || a.bottom <= b.top || b.bottom <= a.top))"), "no callout covers another");
        assertEquals(true, browser.js("const p = document.getElementById('play').getBoundingClientRect();"
                + " return Array.from(document.querySelectorAll('#guide .guide-callout')).every(c => {"
                + " const a = c.getBoundingClientRect(); return a.right <= p.left || p.right <= a.left"
                + " || a.bottom <= p.top || p.bottom <= a.top; })"), "nor Play");
        browser.screenshot("guide-1280x720");
        browser.find("#guide-close").click();
        assertTrue(!guideShown(), "Got it hides it");
        reload();
        assertTrue(!guideShown(), "and it is remembered");

        visit("v=2&lang=zh-TW", "first");
        shown = callouts();
        assertEquals(4, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("1 · 資料") && shown.get(3).startsWith("4 · 按「播放」"), shown.toString());
        assertEquals("知道了", browser.find("#guide-close").getText());
        browser.screenshot("guide-1280x720-zh");
        assertTrue(browser.consoleErrors().isEmpty());
    }

    @Test
    void blockedStorageShowsItOncePerPageLoadWithoutErrors() {
        visit("v=2", "blocked");
        assertEquals(true, browser.js("try { localStorage.getItem('x'); return false; } catch (e) { return true; }"),
                "storage is blocked");
        assertTrue(guideShown());
        browser.find("#guide-close").click();
        assertTrue(!guideShown(), "dismissed for this page load");
        browser.find("#tab-worksheet").click();
        browser.find("#tab-train").click();
        assertTrue(!guideShown(), "not again on coming back to Train");
        reload();
        assertTrue(guideShown(), "nothing could remember it: the next load shows it again");
        assertTrue(browser.consoleErrors().isEmpty(), "no errors where storage is blocked");
    }

    @Test
    void notInProjectorModeNorOnOtherViews() {
        visit("v=2&proj=on", "first");
        assertTrue(!guideShown(), "the class watches the plots");
        visit("v=2&view=worksheet", "first");
        assertTrue(!guideShown());
        browser.find("#tab-train").click();
        assertTrue(guideShown(), "it waits for the Train view");
    }
}
