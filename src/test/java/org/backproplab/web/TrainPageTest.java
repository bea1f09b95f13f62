package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("browser")
class TrainPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    @Test
    void xorEasyWithTwoSigmoidLayersOfTenReachesFullAccuracy() {
        // the default experiment, stopping at 3000 epochs: full accuracy arrives near epoch 1900 and is stable by then
        browser.open(Browser.page("index.html", "v=1&epochs=3000"));
        assertEquals("xor_easy", browser.find("select[data-key=data]").getAttribute("value"));
        assertEquals("10,10", browser.find("input[data-key=h]").getAttribute("value"));
        assertEquals("sigmoid", browser.find("input[data-key=act]").getAttribute("value"));
        assertEquals("sigmoid", browser.find("select[data-key=out]").getAttribute("value"));
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 120);
        assertEquals("100.0 %", browser.find("#accuracy").getText());
        assertTrue(browser.pixelsNear("#loss-chart", 0, 114, 178) > 200, "the loss curve was not drawn");
        assertTrue(browser.pixelsNear("#boundary", 0, 114, 178) > 200, "the boundary plot shows no blue class");
        assertTrue(browser.pixelsNear("#accuracy-chart", 0, 114, 178) > 100, "the accuracy curve was not drawn");
        // 100 % on the 21 points: the confusion matrix (its tab beside the loss curve) is diagonal, 11 class-0 and 10
        // class-1 points
        browser.find("#plot-tab-confusion").click();
        assertEquals(List.of("11", "0", "0", "10"), browser.js("return Array.from(document.querySelectorAll("
                + "'#confusion td'), td => td.textContent)"));
        assertEquals("21 of 21 correct (100.0 %)", browser.find("#confusion-summary").getText());
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
        assertEquals(Bits.hex(run.lossHistory().last()), browserBits);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** The course's Runge set-up (reference case R), trained to the end in the page. */
    static final String RUNGE = "v=1&data=runge&n=200&h=20,10,20,10&act=tanh,sigmoid,tanh,sigmoid&out=identity"
            + "&loss=mse&opt=adam&lr=0.001&batch=39&epochs=300&val=0.3";

    @Test
    void rungePresetTrainsToTheEndAndDrawsTheFitAndTheDerivatives() {
        browser.open(Browser.page("index.html", RUNGE));
        assertTrue(browser.find("#boundary-figure").getAttribute("hidden") != null, "the boundary shows for a curve");
        assertFalse(browser.find("#fit-figure").getAttribute("hidden") != null, "the fit plot is hidden");
        long start = System.nanoTime();
        browser.find("#play").click();
        browser.waitFor("300 epochs", "return window.backpropLab.lab.stopped()", 300);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("300", browser.find("#epoch").getText());
        assertEquals("stopped at the epoch limit: 300 epochs", browser.find("#status").getText());
        double trainMse = ((Number) browser.js("return window.backpropLab.lab.history('loss', 299)[0]")).doubleValue();
        double valMse = ((Number) browser.js("return window.backpropLab.lab.history('val_loss', 299)[0]"))
                .doubleValue();
        TrainingRun jvm = TrainingRun.start(LinkCodec.decode(RUNGE).state());
        jvm.train(300);
        // The same experiment on the JVM gives the same numbers to the bit.
        assertEquals(jvm.lossHistory().last(), trainMse, 0);
        assertEquals(jvm.validationLossHistory().last(), valMse, 0);
        System.out.println(String.format(Locale.ROOT, "Runge preset in the browser: 300 epochs in %.1f s, "
                + "train MSE %.6g, validation MSE %.6g (readouts %s / %s)", seconds, trainMse, valMse,
                browser.find("#loss").getText(), browser.find("#val-loss").getText()));
        assertTrue(browser.pixelsNear("#fit-chart", 0, 114, 178) > 150, "the network curve was not drawn");
        assertTrue(browser.pixelsNear("#fit-chart", 230, 159, 0) > 150, "the training points were not drawn");
        assertTrue(browser.pixelsNear("#fit-chart", 29, 29, 31) > 100, "the true function was not drawn");
        assertTrue(browser.pixelsNear("#slope-chart", 0, 114, 178) > 150, "the network's derivative was not drawn");
        assertTrue(browser.pixelsNear("#slope-chart", 29, 29, 31) > 100, "the true derivative was not drawn");
        assertTrue(browser.pixelsNear("#loss-chart", 0, 114, 178) > 100, "the training loss was not drawn");
        browser.screenshot("train-regression-runge");
        assertTrue(browser.pixelsNear("#loss-chart", 213, 94, 0) > 100, "the validation loss was not drawn");

        // The log toggle turns the loss axis logarithmic and the curves stay drawn.
        browser.find("#loss-log").click();
        assertEquals("logarithmic", browser.js("return Chart.getChart('loss-chart').scales.y.type"));
        assertTrue(browser.pixelsNear("#loss-chart", 0, 114, 178) > 100, "no training loss on the log axis");
        assertTrue(browser.pixelsNear("#loss-chart", 213, 94, 0) > 100, "no validation loss on the log axis");
        browser.screenshot("train-log-scale");
        browser.find("#loss-log").click();
        assertEquals("linear", browser.js("return Chart.getChart('loss-chart').scales.y.type"));
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void targetLossStopsTrainingAndTheStatusSaysWhy() {
        browser.open(Browser.page("index.html", "v=2&speed=max"));
        setField("target", "0.3");
        assertEquals("stops after 5000 epochs or at training loss ≤ 0.3", browser.find("#status").getText());
        browser.find("#play").click();
        browser.waitFor("the target", "return window.backpropLab.lab.stopped()", 120);
        int epoch = Integer.parseInt(browser.find("#epoch").getText());
        assertTrue(epoch > 1 && epoch < 5000, "stopped at epoch " + epoch);
        double last = ((Number) browser.js("return window.backpropLab.lab.history('loss', arguments[0] - 1)[0]",
                epoch)).doubleValue();
        double before = ((Number) browser.js("return window.backpropLab.lab.history('loss', arguments[0] - 2)[0]",
                epoch)).doubleValue();
        assertTrue(last <= 0.3 && before > 0.3, "losses " + before + ", " + last);
        assertEquals("reached the target loss at epoch " + epoch + ": training loss " + browser.find("#loss")
                .getText() + " ≤ 0.3", browser.find("#status").getText());
        assertEquals("Play", browser.find("#play").getText(), "still playing after the target");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void confusionMatrixCountsTheChosenSplit() {
        browser.open(Browser.page("index.html", "v=1&data=moons&n=200&noise=0.15&val=0.2&test=0.2&h=8,8&act=tanh"
                + "&epochs=150&opt=adam&lr=0.02"));
        browser.find("#play").click();
        browser.waitFor("150 epochs", "return window.backpropLab.lab.stopped()", 120);
        TrainingRun jvm = TrainingRun.start(LinkCodec.decode("data=moons&n=200&noise=0.15&val=0.2&test=0.2&h=8,8"
                + "&act=tanh&epochs=150&opt=adam&lr=0.02").state());
        jvm.train(150);
        String[] parts = {"train", "validation", "test"};
        int[] sizes = {120, 40, 40};
        for (int p = 0; p < 3; p++) {
            browser.js("const s = document.getElementById('confusion-part'); s.value = arguments[0];"
                    + "s.dispatchEvent(new Event('change'));", parts[p]);
            @SuppressWarnings("unchecked")
            List<String> cells = (List<String>) browser.js("return Array.from(document.querySelectorAll("
                    + "'#confusion td'), td => td.textContent)");
            int total = 0;
            for (String c : cells) {
                total += Integer.parseInt(c);
            }
            assertEquals(sizes[p], total, parts[p] + " counts " + cells);
            int correct = Integer.parseInt(cells.get(0)) + Integer.parseInt(cells.get(3));
            org.backproplab.data.Dataset d = p == 0 ? jvm.trainingSet() : p == 1 ? jvm.validationSet() : jvm.testSet();
            org.backproplab.experiment.ConfusionMatrix m = org.backproplab.experiment.ConfusionMatrix.of(jvm.network(),
                    d);
            assertEquals(m.correct(), correct, parts[p] + ": the JVM's matrix has another diagonal");
        }
        assertTrue(browser.pixelsNear("#accuracy-chart", 0, 158, 115) > 50, "the test accuracy curve was not drawn");
        assertTrue(browser.pixelsNear("#loss-chart", 0, 158, 115) > 50, "the test loss curve was not drawn");
        browser.js("document.getElementById('confusion-figure').scrollIntoView({block: 'end'})");
        browser.screenshot("train-confusion");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** Types into a control of the Train view and commits it, as leaving the field does. */
    /** On XOR's plateau the boundary is one pale colour: a line says so, and goes once the classes separate. */
    @Test
    void aFlatOutputIsSaidInWordsUnderTheBoundary() {
        browser.open(Browser.page("index.html", "v=1&opt=sgd&epochs=300"));
        browser.find("#play").click();
        browser.waitFor("300 epochs", "return window.backpropLab.lab.stopped()", 60);
        String note = browser.find("#boundary-note").getText();
        assertTrue(browser.find("#boundary-note").isDisplayed()
                && note.matches("The output (is 0\\.[45]\\d \\(to 2 decimals\\)|stays between 0\\.[45]\\d and 0\\.[45]\\d)"
                + " over the whole plane: the network does not tell the classes apart \\(yet\\)\\."), note);
        browser.open(Browser.page("index.html", "v=1"));
        browser.find("#play").click();
        browser.waitFor("5000 epochs", "return window.backpropLab.lab.stopped()", 60);
        assertFalse(browser.find("#boundary-note").isDisplayed(), "a trained network's boundary needs no note");
    }

    /** A set speed paces the same epochs by the clock; changing it while playing neither restarts nor pauses. */
    @Test
    void aSetSpeedPacesTrainingAndChangesWhilePlaying() {
        browser.open(Browser.page("index.html", "v=1&speed=10"));
        assertEquals("10 epochs/s", browser.js("const s = document.getElementById('speed');"
                + " return s.options[s.selectedIndex].textContent"));
        browser.find("#play").click();
        long start = System.nanoTime();
        browser.waitFor("a few epochs", "return window.backpropLab.lab.epoch() >= 10", 20);
        double seconds = (System.nanoTime() - start) / 1e9;
        int epochs = ((Number) browser.js("return window.backpropLab.lab.epoch()")).intValue();
        // 10 a second (the first at once): reaching 10 takes about 0.9 s, never the default's few milliseconds
        assertTrue(seconds > 0.6 && epochs <= 10 + 10 * seconds, epochs + " epochs in " + seconds + " s");
        browser.js("const s = document.getElementById('speed'); s.value = 'max'; s.dispatchEvent(new Event('change'));");
        assertTrue(browser.js("return location.hash").toString().contains("speed=max"),
                "max is no longer the default: the link names it");
        browser.waitFor("the rest, at full speed", "return window.backpropLab.lab.stopped()", 60);
        assertEquals("5000", browser.find("#epoch").getText(), "the same run went on to its end");
        double[] losses = ((List<?>) browser.js("return Array.from(window.backpropLab.lab.losses(0))")).stream()
                .mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        TrainingRun jvm = TrainingRun.start(LinkCodec.decode("v=1").state());
        jvm.train(5000);
        assertEquals(jvm.lossHistory().last(), losses[4999], 0, "the pace changes no number");
    }

    /**
     * The default pace, "auto", plays the default 5 000 epochs at about 500 a second (ten seconds a run), in both
     * languages; an old (version 1) link without a pace keeps "fastest", and the numbers are the pace's own.
     */
    @Test
    void theAutoPaceSpreadsARunOverAboutTenSecondsAndOldLinksKeepTheirs() {
        for (String[] c : new String[][] {{"", "auto (10 s)"}, {"&lang=zh-TW", "自動（10 秒）"}}) {
            browser.open(Browser.page("index.html", "v=2" + c[0]));
            assertEquals("auto", browser.js("return document.getElementById('speed').value"));
            assertEquals(c[1], browser.js("const s = document.getElementById('speed');"
                    + " return s.options[s.selectedIndex].textContent"));
        }
        browser.js("window.playedAt = performance.now(); document.getElementById('play').click();");
        browser.waitFor("a second of play", "return window.backpropLab.lab.epoch() >= 500", 20);
        List<?> seen = (List<?>) browser.js("return [window.backpropLab.lab.epoch(), performance.now() - window.playedAt]");
        browser.find("#play").click();
        int epochs = ((Number) seen.get(0)).intValue();
        double seconds = ((Number) seen.get(1)).doubleValue() / 1000;
        // 500 a second (the first at once): 500 epochs take about a second, where "fastest" takes a few frames
        assertTrue(seconds > 0.7 && epochs <= 1 + 500 * seconds + 20, epochs + " epochs in " + seconds + " s");
        browser.open(Browser.page("index.html", "v=1"));
        assertEquals("max", browser.js("return document.getElementById('speed').value"), "an old link keeps its pace");
    }

    /** Settings that can't start: the old run stays, dimmed and labelled, and nothing can train it until fixed. */
    @Test
    void settingsThatCantStartBlockPlayAndMarkThePlotsAsOld() {
        browser.open(Browser.page("index.html", "v=1&data=gaussians&loss=softmax_ce"));
        assertEquals("softmax cross-entropy needs two or more outputs; use bce for one",
                browser.find("#status").getText());
        assertFalse(browser.find("#play").isEnabled(), "Play trains nothing while the settings can't start");
        assertFalse(browser.find("#step").isEnabled());
        assertTrue(browser.find("#stale-note").isDisplayed());
        assertEquals(true, browser.js("return document.getElementById('view-train').classList.contains('stale')"));
        String epoch = browser.find("#epoch").getText(); // the earlier run's, whatever it reached
        browser.js("document.getElementById('play').disabled = false; document.getElementById('play').click();");
        assertEquals(0L, browser.js("return window.backpropLab.lab.train(10)"), "the old run must not train");
        assertEquals(epoch, browser.find("#epoch").getText());
        browser.screenshot("train-blocked");
        setField("loss", "bce");
        assertTrue(browser.find("#play").isEnabled(), "fixed: Play again");
        assertFalse(browser.find("#stale-note").isDisplayed());
        assertEquals(false, browser.js("return document.getElementById('view-train').classList.contains('stale')"));
        browser.find("#play").click();
        browser.waitFor("a fresh run", "return window.backpropLab.lab.epoch() > 0 && window.backpropLab.lab.problem() === ''",
                20);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static void setField(String key, String value) {
        browser.js("const el = document.querySelector('#controls [data-key=' + arguments[0] + ']');"
                + "el.value = arguments[1]; el.dispatchEvent(new Event('change'));", key, value);
    }
}
