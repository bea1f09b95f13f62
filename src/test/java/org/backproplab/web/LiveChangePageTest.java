package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings changed while a run trains (issue 30): the run goes on from its weights, the link records each change
 * with its epoch, and that link replays the same run, to the bit, on the command line and in the page.
 */
@Tag("browser")
class LiveChangePageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 800);

    private static final String BASE = "v=1&data=moons&n=60&noise=0.1&h=6,6&act=tanh&batch=10"
            + "&epochs=70&seed=5";

    /** The command line's trace of a link, bit by bit (the same reading as the agreement test's). */
    private static List<String> cliLossBits(String fragment) {
        return CliBrowserAgreementTest.cliLossBits(fragment);
    }

    @SuppressWarnings("unchecked")
    private static List<String> pageLossBits() {
        return (List<String>) browser.js("const v = new DataView(new ArrayBuffer(8));"
                + "return Array.from(window.backpropLab.lab.losses(0), x => { v.setFloat64(0, x);"
                + "  return v.getUint32(0).toString(16).padStart(8, '0') + v.getUint32(4).toString(16).padStart(8, '0'); });");
    }

    private static void steps(int n) {
        browser.js("for (let i = 0; i < arguments[0]; i++) document.getElementById('step').click();", n);
    }

    /** Types into a setting's control as a person would, and returns the message shown under it ("" for none). */
    private static String type(String key, String value) {
        return (String) browser.js("const el = document.querySelector('#controls [data-key=' + arguments[0] + ']');"
                + "el.value = arguments[1]; el.dispatchEvent(new Event('change'));"
                + "const msg = (el.closest('label') || el.parentElement).querySelector('.field-error');"
                + "return msg && !msg.hidden ? msg.textContent : '';", key, value);
    }

    private static String text(String css) {
        return (String) browser.js("return document.querySelector(arguments[0]).textContent;", css);
    }

    private static String hash() {
        return (String) browser.js("return location.hash.slice(1);");
    }

    @Test
    void twoChangesWhileTrainingGoOnFromTheWeightsAndTheLinkReplaysThemBitForBit() {
        browser.open(Browser.page("index.html", BASE));
        steps(20);
        assertEquals("", type("lr", "0.5"));
        assertEquals("20", text("#epoch"), "the run goes on: no restart");
        assertTrue(text("#status").startsWith("Learning rate: 0.1 → 0.5 after epoch 20; training goes on from the"
                + " current weights · "), text("#status"));
        // bad input mid-run is refused field by field, and the run and its link stay as they were
        String before = hash();
        assertEquals("Learning rate: 'fast' is not a number", type("lr", "fast"));
        assertEquals("20", text("#epoch"));
        assertEquals(before, hash());
        assertEquals(DiagramPageTest.written(BASE + "&chg=20:lr:0.5"), before);
        // while it plays (10 epochs a second): the optimizer and its rate, at the same epoch
        browser.js("const s = document.getElementById('speed'); s.value = '10'; s.dispatchEvent(new Event('change'));");
        browser.find("#play").click();
        browser.waitFor("epoch 23 or more", "return window.backpropLab.lab.epoch() >= 23", 60);
        String both = (String) browser.js("const set = (k, v) => { const el = document.querySelector("
                + "'#controls [data-key=' + k + ']'); el.value = v; el.dispatchEvent(new Event('change')); };"
                + "set('opt', 'adam'); set('lr', '0.01'); return String(window.backpropLab.lab.epoch());");
        int at = Integer.parseInt(both);
        assertTrue(at >= 23 && at < 70, "changed at epoch " + at);
        assertTrue(text("#status").startsWith("Learning rate: 0.5 → 0.01 after epoch " + at), text("#status"));
        browser.js("const s = document.getElementById('speed'); s.value = 'max'; s.dispatchEvent(new Event('change'));");
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 60);
        String link = hash();
        assertEquals(DiagramPageTest.written(BASE + "&chg=20:lr:0.5," + at + ":opt:adam," + at + ":lr:0.01"), link);
        List<String> page = pageLossBits();
        assertEquals(70, page.size());
        assertEquals(cliLossBits(link), page, "the page's trace and the command line's replay");
        assertEquals(List.of("20", "η 0.1 → 0.5", Integer.toString(at), "optimizer momentum → adam, η 0.5 → 0.01"),
                browser.js("return Array.from(window.backpropLab.lab.changeMarks());"), "the loss chart's marks");
        browser.screenshot("live-changes-marked");
        // the link, opened afresh, replays the same run in the page, the controls following it
        browser.driver().get("about:blank"); // a new page, not a new fragment of this one
        browser.open(Browser.page("index.html", link));
        assertEquals("0.1", browser.js("return document.querySelector('#controls [data-key=lr]').value;"));
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 60);
        assertEquals(page, pageLossBits());
        assertEquals("0.01", browser.js("return document.querySelector('#controls [data-key=lr]').value;"));
        assertEquals("adam", browser.js("return document.querySelector('#controls [data-key=opt]').value;"));
        assertTrue(browser.consoleErrors().isEmpty());
    }

    @Test
    void resetKeepsTheSettingsAsTheyAreAndClearsTheListSayingSo() {
        browser.open(Browser.page("index.html", BASE + "&chg=5:lr:0.3,8:batch:1"));
        steps(12);
        browser.find("#reset").click();
        assertEquals("0", text("#epoch"));
        assertEquals(DiagramPageTest.written("v=1&data=moons&n=60&noise=0.1&h=6,6&act=tanh&lr=0.3&batch=1&epochs=70&seed=5"),
                hash());
        assertTrue(text("#status").startsWith("Reset: the run starts again from epoch 0 with the settings as they are"
                + " now; the change list is cleared"), text("#status"));
        // a change of the network's shape starts again, and says so
        steps(3);
        assertEquals("", type("lr", "0.2"));
        assertEquals("", type("h", "5"));
        assertEquals("0", text("#epoch"));
        assertFalse(hash().contains("chg="), hash());
        assertTrue(hash().contains("lr=0.2"), hash());
        assertTrue(text("#status").startsWith("Hidden layers changed: the run starts again from epoch 0 with the settings"
                + " as they are now; the change list is cleared"), text("#status"));
        assertTrue(browser.consoleErrors().isEmpty());
    }
}
