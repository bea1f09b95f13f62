package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 25: beside momentum's setting the page says which update it computes, and only where it applies. */
@Tag("browser")
class OptimizerNotePageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static boolean noteShown() {
        return (Boolean) browser.js("return !document.querySelector('#optimizer-settings p[data-for=mom]')"
                + ".closest('[hidden]')");
    }

    @Test
    void momentumsSettingsSayWhatItComputesUnderASchedule() {
        for (String opt : new String[] {"momentum", "nesterov"}) {
            browser.open(Browser.page("index.html", "v=1&opt=" + opt + "&sched=step"));
            browser.js("document.getElementById('optimizer-settings').open = true");
            assertTrue(noteShown(), opt);
            String note = browser.find("#optimizer-settings p[data-for=mom]").getText();
            assertTrue(note.startsWith("Momentum keeps a velocity: v ← μ·v − η·g, then w ← w + v (Nesterov: w ← w + μ·v"
                    + " − η·g)") && note.contains("PyTorch's b ← μ·b + g, w ← w − η·b"), note);
        }
        browser.open(Browser.page("index.html", "v=1&opt=adam"));
        assertEquals(false, noteShown(), "Adam has no momentum μ");
        browser.open(Browser.page("index.html", "v=1&lang=zh-TW"));
        browser.js("document.getElementById('optimizer-settings').open = true");
        assertTrue(browser.find("#optimizer-settings p[data-for=mom]").getText().startsWith("動量保留一個速度"));
    }
}
