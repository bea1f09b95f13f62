package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * First contact and start-up: one line says what the page is and what to press; until the engine has started the
 * controls are inert and the line says it is loading; when the engine script can't be loaded, the line says so.
 */
@Tag("browser")
class StartupPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static final String INTRO_EN = "Train a small neural network and watch it learn: pick the data, then press Play.";
    private static final String INTRO_ZH = "訓練一個小型神經網路，看著它學習：先選資料，再按「播放」。";

    @Test
    void oneLineSaysWhatThePageIsAndWhatToPressInBothLanguages() {
        browser.open(Browser.page("index.html", "v=2"));
        assertEquals(INTRO_EN, browser.find("#intro").getText());
        assertEquals(0L, browser.js("return document.querySelectorAll('[inert]').length"), "every control works");
        browser.open(Browser.page("index.html", "v=2&lang=zh-TW"));
        assertEquals(INTRO_ZH, browser.find("#intro").getText());
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    /** "?" says what each view is for, not only its keys, in both languages. */
    @Test
    void theHelpExplainsTheViewShown() {
        String[][] cases = {{"v=2", "Train a network and watch it learn.", "Help: this view and its keys"},
            {"v=2&view=compare", "Runs that differ in one setting", "Help: this view and its keys"},
            {"v=2&lang=zh-TW", "訓練一個網路，看它學習。", "說明：此檢視與它的按鍵"}};
        for (String[] c : cases) {
            browser.open(Browser.page("index.html", c[0]));
            browser.find("#help").click();
            String shown = (String) browser.js("return Array.from(document.querySelectorAll('.view-help'))"
                    + ".filter(p => !p.hidden).map(p => p.textContent).join('|')");
            assertTrue(shown.startsWith(c[1]) && !shown.contains("|"), c[0] + ": " + shown);
            assertEquals(c[2], browser.find("#help-title").getText());
            browser.screenshot("help-" + c[0].replace("v=2", "").replace("&", "").replace("=", "-") + "x");
            browser.find("#help-close").click();
        }
    }

    @Test
    void aMissingEngineScriptIsSaidAndNoControlPretendsToWork() throws IOException {
        Path site = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        Path copy = site.resolveSibling("site-without-engine");
        copyWithout(site, copy, site.resolve("js/engine.js"));
        String[][] cases = {
            {"v=2", "The training engine (js/engine.js) could not be loaded, so nothing here works yet: reload the page, "
                    + "or check that the site's files are all there."},
            {"v=2&lang=zh-TW", "無法載入訓練引擎（js/engine.js），所以頁面還不能使用：請重新載入頁面，或確認網站的檔案都在。"},
        };
        for (String[] c : cases) {
            browser.driver().get("about:blank"); // a new document: a new fragment alone would keep the old one
            browser.driver().get(copy.resolve("index.html").toUri() + "#" + c[0]);
            browser.waitFor("the page to give up on the engine",
                    "return document.documentElement.classList.contains('load-failed')", 20);
            assertEquals(c[1], browser.find("#intro").getText().replaceAll("\\s+", " "), c[0]);
            assertEquals(true, browser.js("return document.querySelector('main').inert"), "the controls are inert");
            assertEquals(true, browser.js("return document.querySelector('.page-tools').inert"));
            assertEquals(true, browser.js("return document.activeElement === document.body"));
            browser.screenshot("startup-engine-missing" + (c[0].contains("zh") ? "-zh" : ""));
        }
        java.util.List<String> errors = browser.consoleErrors(); // the missing file, and nothing worse than that
        assertTrue(errors.stream().anyMatch(e -> e.contains("engine.js")), errors.toString());
    }

    private static void copyWithout(Path from, Path to, Path left) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else if (!p.equals(left)) {
                        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.deleteIfExists(to.resolve("js/engine.js"));
    }
}
