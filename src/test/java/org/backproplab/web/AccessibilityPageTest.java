package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every control of every view can be reached by keyboard and has a name a screen reader can announce. */
@Tag("browser")
class AccessibilityPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    @Test
    @SuppressWarnings("unchecked")
    void everyVisibleControlHasAnAccessibleNameAndIsFocusable() {
        List<String> problems = new ArrayList<>();
        for (String view : new String[] {"train", "worksheet", "perceptron", "activations", "compare"}) {
            browser.driver().get("about:blank");
            browser.open(Browser.page("index.html", "v=1&view=" + view));
            browser.js("for (const d of document.querySelectorAll('details')) d.open = true;");
            problems.addAll((List<String>) browser.js("const out = [];"
                    + "const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);"
                    + "for (const el of document.querySelectorAll('input, select, textarea, button')) {"
                    + "  if (!visible(el) || el.type === 'hidden') continue;"
                    + "  const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')"
                    + "    || (el.labels && el.labels.length && el.labels[0].textContent.trim())"
                    + "    || (el.tagName === 'BUTTON' && el.textContent.trim()) || el.getAttribute('title');"
                    + "  const id = el.id || el.dataset.key || el.outerHTML.slice(0, 60);"
                    + "  if (!labelled) out.push(arguments[0] + ': ' + id + ' has no accessible name');"
                    + "  if (el.tabIndex < 0 && el.getAttribute('role') !== 'tab') out.push(arguments[0] + ': ' + id + ' is not focusable');"
                    + "}"
                    + "return out;", view));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void tabsFollowTheAriaTabsPattern() {
        browser.open(Browser.page("index.html", ""));
        Object result = browser.js("const tabs = [...document.querySelectorAll('[role=tab]')];"
                + "return tabs.every(t => t.getAttribute('aria-controls') && document.getElementById(t.getAttribute('aria-controls'))"
                + "  && document.getElementById(t.getAttribute('aria-controls')).getAttribute('role') === 'tabpanel')"
                + "  && tabs.filter(t => t.getAttribute('aria-selected') === 'true').length === 1;");
        assertTrue(Boolean.TRUE.equals(result), "each tab controls a tabpanel and exactly one is selected");
    }
}
