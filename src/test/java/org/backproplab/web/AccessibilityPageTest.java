package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard and screen-reader use: every control has an accessible name (from Chromium's own accessibility tree),
 * Tab reaches each one with a visible focus ring, the tabs follow the ARIA tabs pattern, the help dialog keeps the
 * focus inside and gives it back, and each view answers its own keys.
 */
@Tag("browser")
class AccessibilityPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    static final String[][] VIEWS = {
        {"train", "v=1&val=0.2&epochs=5"},
        {"worksheet", "v=1&view=worksheet"},
        {"perceptron", "v=1&view=perceptron&ptable=and"},
        {"activations", "v=1&view=activations"},
        {"compare", "v=1&view=compare&epochs=5"},
    };

    /** A fresh page: a new fragment alone would keep the document (and whatever was left open in it). */
    static void load(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
    }

    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String active() {
        return (String) browser.js("const e = document.activeElement; return e.id || e.tagName.toLowerCase();");
    }

    @Test
    void everyControlOfEveryViewHasAnAccessibleName() {
        for (String[] v : VIEWS) {
            load(v[1]);
            if (v[0].equals("worksheet")) {
                browser.find("#ws-step").click();
            }
            browser.js("for (const d of document.querySelectorAll('details')) d.open = true;");
            List<String> nameless = new ArrayList<>();
            int checked = 0;
            for (WebElement el : browser.driver().findElements(By.cssSelector(
                    "input, select, textarea, button, summary, [tabindex]:not([tabindex='-1'])"))) {
                boolean rendered = (Boolean) browser.js("const e = arguments[0];"
                        + "return !e.closest('[hidden]') && (e.getClientRects().length > 0"
                        + " || e.type === 'file' || e.classList.contains('visually-hidden'));", el);
                if (!rendered) {
                    continue;
                }
                checked++;
                String name = el.getAccessibleName();
                if (name == null || name.isBlank()) {
                    nameless.add((String) browser.js("return arguments[0].outerHTML.slice(0, 120)", el));
                }
            }
            assertTrue(checked > 5, v[0] + ": controls found: " + checked);
            assertTrue(nameless.isEmpty(), v[0] + ": controls without an accessible name: " + nameless);
        }
    }

    /** Walks the page with Tab: every stop shows a ring of at least 2 px with at least 3:1 contrast to white. */
    @Test
    void tabReachesEveryControlWithAVisibleFocusRing() {
        for (String[] v : VIEWS) {
            load(v[1]);
            browser.find(".topbar").click(); // Tab starts from the top
            List<String> faint = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                press(Keys.TAB);
                String stop = (String) browser.js("const e = document.activeElement;"
                        + "if (e === document.body) return null;"
                        + "const s = getComputedStyle(e);"
                        + "const rgb = (s.outlineColor.match(/[0-9.]+/g) || [255, 255, 255]).slice(0, 3).map(Number);"
                        + "const lin = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };"
                        + "const lum = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);"
                        + "const contrast = 1.05 / (lum + 0.05);" // against white
                        + "const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && contrast >= 3;"
                        + "const name = e.id || e.tagName.toLowerCase() + ':' + (e.textContent || e.name || '').trim().slice(0, 20);"
                        + "return (ring ? 'ok ' : 'faint ') + name + ' ' + s.outlineColor;");
                if (stop == null || seen.contains(stop)) {
                    break;
                }
                seen.add(stop);
                if (stop.startsWith("faint")) {
                    faint.add(stop);
                }
            }
            assertTrue(seen.size() > 8, v[0] + ": Tab stops: " + seen);
            assertTrue(faint.isEmpty(), v[0] + ": focused without a visible ring: " + faint);
            if (v[0].equals("train")) {
                browser.find("[data-key=lr]").sendKeys("");
                browser.screenshot("focus-ring");
            }
        }
    }

    @Test
    void tabsFollowTheAriaTabsPattern() {
        load("v=1");
        assertEquals("tablist", browser.find(".tabs").getAttribute("role"));
        assertEquals("0", browser.find("#tab-train").getAttribute("tabindex"));
        assertEquals("-1", browser.find("#tab-worksheet").getAttribute("tabindex"), "one tab stop for the whole list");
        assertEquals("tab-train", browser.find("#view-train").getAttribute("aria-labelledby"));
        browser.find("#tab-train").sendKeys("");
        browser.js("document.getElementById('tab-train').focus()");
        press(Keys.ARROW_RIGHT);
        assertEquals("tab-worksheet", active(), "→ moves the focus to the next tab");
        assertEquals("train", browser.js("return BackpropLab.current"), "but doesn't switch yet");
        assertEquals("0", browser.find("#epoch").getText(), "and doesn't train an epoch");
        press(Keys.ENTER);
        assertEquals("worksheet", browser.js("return BackpropLab.current"), "Enter shows it");
        assertEquals("true", browser.find("#tab-worksheet").getAttribute("aria-selected"));
        press(Keys.END);
        assertEquals("tab-compare", active());
        press(Keys.ARROW_RIGHT);
        assertEquals("tab-train", active(), "→ wraps around");
        press(Keys.ARROW_LEFT);
        press(Keys.ARROW_LEFT);
        assertEquals("tab-activations", active());
        press(Keys.SPACE);
        assertEquals("activations", browser.js("return BackpropLab.current"), "Space shows it too");
        assertTrue(((String) browser.js("return location.hash")).contains("view=activations"));
        browser.find("body").click();
        press("1");
        assertEquals("train", browser.js("return BackpropLab.current"), "digits go straight to a view");
    }

    @Test
    void helpDialogKeepsTheFocusInsideAndGivesItBack() {
        load("v=1");
        browser.js("document.getElementById('step').focus()");
        press("?");
        assertTrue(browser.find("#help-overlay").isDisplayed());
        assertEquals("dialog", browser.find("#help-overlay").getAttribute("role"));
        assertEquals("true", browser.find("#help-overlay").getAttribute("aria-modal"));
        assertEquals("help-close", active());
        for (int i = 0; i < 4; i++) {
            press(Keys.TAB);
            assertTrue((Boolean) browser.js("return document.getElementById('help-overlay').contains(document.activeElement)"),
                    "Tab stays in the dialog");
        }
        press(Keys.SHIFT, Keys.TAB);
        assertTrue((Boolean) browser.js("return document.getElementById('help-overlay').contains(document.activeElement)"));
        press(Keys.ESCAPE);
        assertFalse(browser.find("#help-overlay").isDisplayed());
        assertEquals("step", active(), "the focus returns where it was");
        browser.find("#help").click();
        browser.find("#help-close").click();
        assertEquals("help", active());
    }

    @Test
    void helpListsTheKeysOfTheViewShown() {
        for (String[] v : VIEWS) {
            load(v[1]);
            browser.find("#help").click();
            List<String> shown = new ArrayList<>();
            for (WebElement dl : browser.driver().findElements(By.cssSelector("#help-overlay [data-view-keys]"))) {
                if (dl.isDisplayed()) {
                    shown.add(dl.getAttribute("data-view-keys"));
                }
            }
            assertEquals(List.of(v[0]), shown, "the help shows the keys of " + v[0]);
            if (v[0].equals("perceptron")) {
                browser.screenshot("help-perceptron");
            }
            press(Keys.ESCAPE);
        }
    }

    @Test
    void viewsAnswerTheirOwnKeys() {
        load("v=1&view=worksheet");
        browser.find("body").click();
        press(Keys.ARROW_RIGHT);
        assertEquals("1", browser.js("return document.querySelector('.ws-step').dataset.step"), "→ steps");
        press(Keys.ARROW_RIGHT);
        assertEquals("2", browser.js("return document.querySelector('.ws-step').dataset.step"), "→ again: next step");
        press("r");
        assertEquals(0L, browser.js("return document.querySelectorAll('.ws-step').length"), "R clears");

        load("v=1&view=perceptron&ptable=and&pepochs=6");
        browser.find("body").click();
        assertEquals("6", browser.find("#pt-epoch-out").getText());
        press(Keys.ARROW_LEFT);
        assertEquals("5", browser.find("#pt-epoch-out").getText(), "← goes back an epoch");
        press(Keys.HOME);
        assertTrue(browser.find("#pt-epoch-out").getText().startsWith("0"), "Home: the initial weights");
        press(Keys.ARROW_RIGHT);
        assertEquals("1", browser.find("#pt-epoch-out").getText());
        press(Keys.END);
        assertEquals("6", browser.find("#pt-epoch-out").getText());

        load("v=1&view=activations");
        browser.find("body").click();
        String first = (String) browser.js("return document.getElementById('act-choice').value");
        press(Keys.ARROW_RIGHT);
        String next = (String) browser.js("return document.getElementById('act-choice').value");
        assertFalse(first.equals(next), "→ shows the next activation");
        assertTrue(browser.find("#act-formula").getText().contains("tanh"), "tanh follows sigmoid: "
                + browser.find("#act-formula").getText());
        press(Keys.ARROW_LEFT);
        assertEquals(first, browser.js("return document.getElementById('act-choice').value"));

        load("v=1&view=compare&epochs=30");
        browser.find("body").click();
        press(Keys.SPACE);
        browser.waitFor("the compared runs", "return document.querySelectorAll('#compare-table tbody tr').length === 3", 20);
        press("r");
        assertEquals(0L, browser.js("return document.querySelectorAll('#compare-table tbody tr').length"), "R clears");
    }

    @Test
    void invalidFieldsAreMarkedForScreenReaders() {
        load("v=1");
        WebElement lr = browser.find("[data-key=lr]");
        lr.sendKeys(Keys.chord(Keys.CONTROL, "a"), "zero", Keys.TAB);
        assertEquals("true", lr.getAttribute("aria-invalid"));
        assertEquals("err-lr", lr.getAttribute("aria-describedby"));
        assertEquals("alert", browser.find("#err-lr").getAttribute("role"));
        assertTrue(lr.getAccessibleName().startsWith("Learning rate"), lr.getAccessibleName());
    }
}
