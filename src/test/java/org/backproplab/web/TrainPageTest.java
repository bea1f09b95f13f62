package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.cli.Main;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("browser")
class TrainPageTest {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void xorEasyWithTwoSigmoidLayersOfTenReachesFullAccuracy() {
        browser.open(Browser.page("index.html", ""));
        assertEquals("xor_easy", browser.find("select[data-key=data]").getAttribute("value"));
        assertEquals("10,10", browser.find("input[data-key=h]").getAttribute("value"));
        assertEquals("sigmoid", browser.find("input[data-key=act]").getAttribute("value"));
        assertEquals("sigmoid", browser.find("select[data-key=out]").getAttribute("value"));
        browser.find("#play").click();
        browser.waitFor("100 % accuracy", "return document.getElementById('accuracy').textContent === '100.0 %'", 120);
        browser.find("#play").click(); // pause
        assertTrue(browser.pixelsNear("#loss-chart", 0, 114, 178) > 200, "the loss curve was not drawn");
        assertTrue(browser.pixelsNear("#boundary", 0, 114, 178) > 200, "the boundary plot shows no blue class");
        browser.screenshot("train-xor-easy");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void browserLossIsBitIdenticalToTheJvm() {
        String fragment = "v=1&data=linear&h=8,8&act=tanh,sigmoid&opt=adam&lr=0.01&batch=16&epochs=200&seed=7";
        browser.open(Browser.page("index.html", fragment));
        browser.find("#play").click();
        browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 60);
        String browserBits = (String) browser.js("return window.backpropLab.lab.lastLossBits()");
        TrainingRun run = TrainingRun.start(LinkCodec.decode(fragment).state());
        run.train(1_000_000);
        assertEquals(200, run.epoch());
        assertEquals(Main.hexBits(run.lossHistory().last()), browserBits);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
