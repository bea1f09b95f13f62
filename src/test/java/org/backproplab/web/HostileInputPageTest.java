package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile and silly text in every field of every view: empty, huge, 1e309, NaN, 10 000 characters, markup. Each
 * field either takes the text (when it is a sensible value) or shows a message beside itself and keeps its
 * previous value; nothing is ever inserted as markup, no script runs, and no console error appears.
 */
@Tag("browser")
class HostileInputPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    /** Refused by every field: not numbers, not activations, not tables, too long for any field. */
    static final List<String> ALWAYS_REFUSED = List.of("1e309", "NaN", "<img src=x onerror=alert(1)>",
            "x".repeat(10_000), "<script>window.hacked=1</script>", "Infinity");

    /** Fine for some fields (a vector, a list of numbers, an empty optional setting), refused by others. */
    static final List<String> SOMETIMES_FINE = List.of("", "99999999999", "-1", "0", "1,2,3;4", "0.5 0.5", "   ");

    /**
     * Views and the links that make each of their fields visible: every optimizer's settings, the schedule, both
     * initialisers with parameters, explicit weights, a formula, CSV rows, separate biases, a typed truth table.
     */
    static final String[][] SETUPS = {
        {"train", "v=1&data=formula&opt=adam&sched=step&init=uniform&epochs=20"},
        {"train", "v=1&data=csv&csv=x1,x2,label%0A0,0,0%0A1,1,1&opt=rmsprop&init=explicit&epochs=20"},
        {"train", "v=1&opt=momentum&init=constant&epochs=20"},
        {"worksheet", "v=1&view=worksheet"},
        {"worksheet", "v=1&view=worksheet&wsbias=separate&wsw=0.2 0.3%0A1 0.9%0A-3 2&wsb=0.1 0.2&wsact=tanh%0Atanh"},
        {"perceptron", "v=1&view=perceptron&ptable=typed&ptext=x1 x2 t%0A0 0 0%0A0 1 1%0A1 0 1%0A1 1 1"},
        {"compare", "v=1&view=compare&epochs=20"},
    };

    /**
     * Types one text into one field as a person does (its value, then the change the browser fires when the field
     * is left) and reports what happened: "refused" with the message, "taken", or "broken: …".
     */
    static final String TRY = String.join("\n",
            "const [el, text] = arguments;",
            "const lab = window.backpropLab.lab;",
            "const key = el.dataset.key;",
            "const before = lab.get(key), link = lab.link();",
            "el.value = text;",
            "el.dispatchEvent(new Event('change'));",
            "const holder = el.closest('label') || el.parentElement;",
            "const inline = holder.querySelector('.field-error');",
            "const described = el.getAttribute('aria-describedby');",
            "const box = described ? document.getElementById(described) : null;",
            "const message = (inline && !inline.hidden && inline.textContent)",
            "  || (box && !box.hidden && el.getAttribute('aria-invalid') === 'true' && box.textContent) || '';",
            "let verdict;",
            "if (message) verdict = lab.get(key) === before && lab.link() === link ? 'refused: ' + message",
            "  : 'broken: a message, yet the value changed to ' + lab.get(key).slice(0, 40);",
            "else verdict = lab.get(key) === text.trim() ? 'taken' : 'broken: no message, stored '",
            "  + JSON.stringify(lab.get(key).slice(0, 40)) + ' for ' + JSON.stringify(text.slice(0, 40));",
            "if (el.value !== text) verdict = 'broken: the typed text was replaced';",
            "const injected = document.querySelectorAll('img[src=\"x\"], body script:not([src])').length;",
            "if (injected || window.hacked || window.alerted) verdict = 'broken: markup became page content';",
            "el.value = before;",                   // put the field back for the next try
            "el.dispatchEvent(new Event('change'));",
            "return verdict;");

    @Test
    void everyFieldOfEveryViewRefusesNonsenseBesideItselfAndKeepsItsValue() {
        List<String> broken = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (String[] setup : SETUPS) {
            browser.driver().get("about:blank");
            browser.open(Browser.page("index.html", setup[1]));
            browser.js("window.alert = () => { window.alerted = true; };"
                    + "for (const d of document.querySelectorAll('.view details')) d.open = true;");
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) browser.js("return Array.from(document.querySelectorAll("
                    // a checkbox takes no typed text: it can only be on or off; a radio button is one choice
                    + "'#view-" + setup[0] + " input[data-key]:not([type=checkbox]):not([type=radio]), #view-" + setup[0]
                    + " textarea[data-key]'))"
                    + ".filter(e => e.getClientRects().length > 0).map(e => e.dataset.key);");
            assertTrue(keys.size() >= 2, setup[0] + " fields: " + keys);
            for (String key : keys) {
                if (tried.contains(setup[0] + ":" + key) && !key.equals("csv") && !key.equals("w")) {
                    continue;
                }
                tried.add(setup[0] + ":" + key);
                Object field = browser.js("return document.querySelector('#view-" + setup[0] + " [data-key=\"" + key
                        + "\"]')");
                for (String text : ALWAYS_REFUSED) {
                    String verdict = (String) browser.js(TRY, field, text);
                    if (key.equals("cmpv") && verdict.startsWith("broken: a message, yet the value changed")) {
                        continue; // a compared list is kept and run in part: its bad values are listed under it
                    }
                    if (!verdict.startsWith("refused")) {
                        broken.add(setup[0] + " " + key + " ← " + text.substring(0, Math.min(30, text.length()))
                                + ": " + verdict);
                    }
                }
                for (String text : SOMETIMES_FINE) {
                    String verdict = (String) browser.js(TRY, field, text);
                    if (key.equals("cmpv") && verdict.startsWith("broken: a message, yet the value changed")) {
                        continue;
                    }
                    if (verdict.startsWith("broken")) {
                        broken.add(setup[0] + " " + key + " ← '" + text + "': " + verdict);
                    }
                }
            }
            // the page still works after all that
            if (setup[0].equals("train")) {
                String problem = (String) browser.js("return window.backpropLab.lab.problem()");
                if (problem.isEmpty()) {
                    browser.find("#step").click();
                    assertEquals("1", browser.find("#epoch").getText(), setup[1]);
                } else { // explicit weights left empty: nothing may train, and the status says why
                    assertFalse(browser.find("#step").isEnabled(), setup[1]);
                    assertEquals(problem, browser.find("#status").getText(), setup[1]);
                }
            }
        }
        assertTrue(tried.size() >= 40, "fields tried: " + tried);
        assertTrue(broken.isEmpty(), "fields that took nonsense or lost their value (" + broken.size() + "):\n"
                + String.join("\n", broken));
    }

    @Test
    void hostileTextInAFieldIsShownAsTextNeverAsMarkup() {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", "v=1&lang=zh-TW"));
        browser.js("window.alert = () => { window.alerted = true; };");
        String markup = "<img src=x onerror=alert(1)>";
        browser.js("const el = document.querySelector('[data-key=act]'); el.value = arguments[0];"
                + "el.dispatchEvent(new Event('change'));", markup);
        String shown = browser.find("#err-act").getText();
        assertTrue(shown.contains("「<img src=x onerror=alert…」"),
                "the text is quoted back as text: " + shown);
        assertEquals(0L, browser.js("return document.querySelectorAll('img').length"));
        assertEquals(null, browser.js("return window.alerted || null"));
        browser.screenshot("hostile-markup-zh-TW");
    }

    @Test
    void aHostileLinkOpensWithNoticesAndDefaults() {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", "v=1&lr=1e309&h=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&n=NaN"
                + "&epochs=99999999999&f=" + "x".repeat(300) + "&view=%3Cscript%3E&lang=zh-TW"));
        assertEquals("0.1", browser.js("return window.backpropLab.lab.get('lr')"));
        assertEquals("10,10", browser.js("return window.backpropLab.lab.get('h')"));
        assertEquals("train", browser.js("return BackpropLab.current"));
        assertEquals(0L, browser.js("return document.querySelectorAll('#notices img, #notices script').length"));
        String notices = browser.find("#notices").getText();
        assertTrue(notices.contains("已保留預設值"), notices);
        browser.find("#step").click();
        assertEquals("1", browser.find("#epoch").getText(), "the page trains with the defaults");
        browser.screenshot("hostile-link-notices-zh-TW");
    }

    @Test
    void divergingComparedRunsStopAndSayWhere() {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", "v=1&view=compare&data=runge&n=50&h=10&act=tanh&out=identity"
                + "&loss=mse&opt=sgd&epochs=200&cmpv=0.01,20"));
        browser.find("#compare-run").click();
        browser.waitFor("the runs to finish", "return document.getElementById('compare-run')"
                + ".getAttribute('aria-pressed') === 'false' && document.querySelectorAll('#compare-table tbody tr')"
                + ".length === 2", 30);
        String table = browser.find("#compare-table").getText();
        org.backproplab.experiment.TrainingRun jvm = org.backproplab.experiment.TrainingRun.start(
                org.backproplab.experiment.LinkCodec.decode("v=1&data=runge&n=50&h=10&act=tanh&out=identity"
                + "&loss=mse&opt=sgd&epochs=200&lr=20").state());
        jvm.train(200);
        assertTrue(table.contains("diverged at epoch " + jvm.epoch()), table);
        browser.find("#compare-reset").click();
        browser.find("#compare-run").click();
        browser.waitFor("the runs to run again", "return document.querySelectorAll('#compare-table tbody tr')"
                + ".length === 2", 30);
    }
}
