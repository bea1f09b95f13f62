package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** Keyboard shortcuts, projector mode and language, as a lecturer uses them. */
@Tag("browser")
class PageToolsPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static String text(String css) {
        return browser.find(css).getText();
    }

    @Test
    void arrowStepsSpacePlaysAndRResetsToTheSameWeights() {
        browser.open(Browser.page("index.html", "v=1&epochs=100000"));
        browser.js("document.activeElement.blur()"); // the focus on the page, in no control
        press(Keys.ARROW_RIGHT);
        assertEquals("1", text("#epoch"));
        String firstLoss = text("#loss");
        press(Keys.ARROW_RIGHT);
        assertEquals("2", text("#epoch"));
        press("r");
        assertEquals("0", text("#epoch"));
        press(Keys.ARROW_RIGHT);
        assertEquals(firstLoss, text("#loss"), "reset must replay the same initial weights");
        press(Keys.SPACE);
        browser.waitFor("training to run", "return Number(document.getElementById('epoch').textContent) > 50", 20);
        press(Keys.SPACE);
        String paused = text("#epoch");
        browser.js("return new Promise(r => setTimeout(r, 300))");
        assertEquals(paused, text("#epoch"), "space pauses");
        assertTrue(browser.consoleErrors().isEmpty());
    }

    @Test
    void typingInAFieldIsNotTakenForAShortcut() {
        browser.open(Browser.page("index.html", ""));
        var field = browser.find("input[data-key=lr]");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5 r");
        assertEquals("0", text("#epoch"));
        assertEquals("0.5 r", field.getAttribute("value"));
    }

    @Test
    void helpOverlayOpensWithQuestionMarkAndClosesWithEscape() {
        browser.open(Browser.page("index.html", ""));
        // no focus anywhere (a click on the page's middle would now land on the diagram, which edits the network)
        browser.js("document.activeElement.blur()");
        press("?");
        assertTrue(browser.find("#help-overlay").isDisplayed());
        browser.screenshot("help-overlay");
        press(Keys.ESCAPE);
        assertFalse(browser.find("#help-overlay").isDisplayed());
    }

    @Test
    void projectorFlagInTheLinkEnlargesTypeAndIsKeptInTheLink() {
        browser.open(Browser.page("index.html", "v=1&proj=on"));
        assertEquals(true, browser.js("return document.documentElement.classList.contains('projector')"));
        double size = ((Number) browser.js("return parseFloat(getComputedStyle(document.documentElement).fontSize)"))
                .doubleValue();
        assertTrue(size >= 20, "projector type is large: " + size);
        browser.find("#projector").click();
        assertEquals(false, browser.js("return document.documentElement.classList.contains('projector')"));
        assertFalse(((String) browser.js("return location.hash")).contains("proj=on"));
        browser.find("#projector").click();
        assertTrue(((String) browser.js("return location.hash")).contains("proj=on"));
    }

    @Test
    void chineseIsSwitchableAndKeptInTheLink() {
        browser.open(Browser.page("index.html", ""));
        new Select(browser.find("#language")).selectByValue("zh-TW");
        assertEquals("訓練", text("#tab-train"));
        assertEquals("播放", text("#play"));
        assertTrue(((String) browser.js("return location.hash")).contains("lang=zh-TW"));
        assertEquals("zh-TW", browser.js("return document.documentElement.lang"));
        // an engine message is translated too
        var lr = browser.find("input[data-key=lr]");
        lr.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-1", Keys.TAB);
        assertEquals("學習率：必須大於 0 且不超過 100", text("#err-lr"));
        browser.screenshot("train-zh-TW");
        new Select(browser.find("#language")).selectByValue("en");
        assertEquals("Train", text("#tab-train"));
        assertTrue(browser.consoleErrors().isEmpty());
    }
}
