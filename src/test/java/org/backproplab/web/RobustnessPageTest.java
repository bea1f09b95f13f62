package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Bad input gets a clear message and loses nothing; divergence stops cleanly; sizes are capped. */
@Tag("browser")
class RobustnessPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static void type(String key, String text) {
        // select-all then type, as a person does: clear() would first commit an empty field
        WebElement el = browser.find("[data-key=" + key + "]");
        el.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    @Test
    void divergenceStopsWithAHintAndThePageStaysUsable() {
        browser.open(Browser.page("index.html",
                "v=1&data=runge&n=50&h=10&act=tanh&out=identity&loss=mse&opt=sgd&lr=20&epochs=200"));
        browser.find("#play").click();
        browser.waitFor("divergence", "return window.backpropLab.lab.stopped()", 30);
        // the JVM's run of the link says the same: stopped once the loss passed 10¹² times its first (issue 25)
        org.backproplab.experiment.TrainingRun jvm = org.backproplab.experiment.TrainingRun.start(
                org.backproplab.experiment.LinkCodec.decode(
                        "v=1&data=runge&n=50&h=10&act=tanh&out=identity&loss=mse&opt=sgd&lr=20&epochs=200").state());
        jvm.train(200);
        assertEquals(org.backproplab.experiment.TrainingRun.Status.DIVERGED, jvm.status());
        assertEquals(jvm.describeStatus(), browser.find("#status").getText());
        assertTrue(jvm.describeStatus().endsWith("— try a smaller learning rate"), jvm.describeStatus());
        browser.screenshot("diverged");
        type("lr", "0.01");
        browser.find("#play").click();
        browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 30);
        assertEquals("200", browser.find("#epoch").getText());
        assertTrue(browser.consoleErrors().isEmpty());
    }

    @Test
    void invalidFieldShowsItsMessageAndKeepsThePreviousValue() {
        browser.open(Browser.page("index.html", ""));
        type("h", "10,abc");
        assertEquals("Hidden layers: write widths separated by commas, like 10,10", browser.find("#err-h").getText());
        assertEquals("10,10", browser.js("return window.backpropLab.lab.get('h')"));
        assertEquals("true", browser.find("[data-key=h]").getAttribute("aria-invalid"));
        type("h", "4");
        assertTrue(browser.find("#err-h").getText().isEmpty());
        assertEquals("4", browser.js("return window.backpropLab.lab.get('h')"));
    }

    @Test
    void oversizedNetworkIsRefusedWithAMessage() {
        browser.open(Browser.page("index.html", ""));
        type("h", "256,256,256");
        assertEquals("network too large: 132609 weights (the limit is 100000)", browser.find("#status").getText());
        type("h", "300");
        assertEquals("Hidden layers: each layer needs 1 to 256 units", browser.find("#err-h").getText());
        assertTrue(browser.consoleErrors().isEmpty());
    }
}
