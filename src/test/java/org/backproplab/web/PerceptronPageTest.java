package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.perceptron.Perceptron;
import org.backproplab.experiment.perceptron.PerceptronEpoch;
import org.backproplab.experiment.perceptron.PerceptronRun;
import org.backproplab.experiment.perceptron.PerceptronSetup;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The Perceptron view in Chromium: the log printed by the TeaVM build must be the course's, character for character
 * (reference case P1, shared/reference/perceptron-P1.json), and its weights the reference's, bit for bit.
 */
@Tag("browser")
class PerceptronPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);
    private static JsonNode runs;

    @BeforeAll
    static void start() throws IOException {
        Path file = Path.of(System.getProperty("reference.dir", "../shared/reference"), "perceptron-P1.json");
        if (!Files.isRegularFile(file)) {
            fail("reference file missing: " + file.toAbsolutePath() + " (set -Dreference.dir)");
        }
        runs = new ObjectMapper().readTree(file.toFile()).get(0).get("runs");
    }

    /** Opens the page afresh (not just a new fragment on the same page) on a perceptron link. */
    private static void open(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
        browser.waitFor("the perceptron log", "return document.getElementById('pt-log').textContent.length > 0"
                + " || document.getElementById('pt-result').classList.contains('bad')", 10);
    }

    private static String text(String id) {
        return (String) browser.js("return document.getElementById(arguments[0]).textContent", id);
    }

    private static List<String> expectedLines(JsonNode run) {
        List<String> lines = new ArrayList<>();
        for (JsonNode epoch : run.get("epochs")) {
            lines.add("epoch = " + epoch.get("epoch").asInt() + ", weights = " + epoch.get("expected_printed").asText());
        }
        return lines;
    }

    /** The log, the weights' bits after every epoch, and the result line of one reference run. */
    private static void assertReferenceRun(String name) {
        JsonNode run = runs.get(name);
        assertEquals(String.join("\n", expectedLines(run)), text("pt-log"), name);
        for (JsonNode epoch : run.get("epochs")) {
            List<String> bits = new ArrayList<>();
            for (JsonNode w : epoch.get("weights")) {
                bits.add(Bits.hex(w.doubleValue()));
            }
            int e = epoch.get("epoch").asInt();
            assertEquals(String.join(",", bits), browser.js("return backpropLab.lab.perceptron().weightBits(" + e + ")"),
                    name + ", weights after epoch " + e);
        }
        assertEquals("converged: first epoch with zero errors is " + run.get("first_epoch_with_zero_errors").asInt()
                + " (weights last changed in epoch " + run.get("last_epoch_with_update").asInt() + ")",
                text("pt-result"), name);
    }

    private static PerceptronRun jvmRun(String fragment) {
        return Perceptron.run(PerceptronSetup.of(LinkCodec.decode(fragment).state()).config());
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> tableRows(String id) {
        return (List<List<String>>) browser.js("return Array.from(document.getElementById(arguments[0]).tBodies[0].rows,"
                + " r => Array.from(r.cells, c => c.textContent))", id);
    }

    private static void slideTo(int epoch) {
        browser.js("const s = document.getElementById('pt-epoch'); s.value = arguments[0];"
                + " s.dispatchEvent(new Event('input'));", epoch);
    }

    @Test
    void courseDefaultRunPrintsTheReferenceLog() {
        open("v=1&view=perceptron&ptable=majority3&peta=0.1&pw=0.6&pepochs=20");
        assertEquals("majority3", browser.find("select[data-key=ptable]").getAttribute("value"));
        assertEquals("0.1", browser.find("input[data-key=peta]").getAttribute("value"));
        assertEquals("0.6", browser.find("input[data-key=pw]").getAttribute("value"));
        assertEquals("20", browser.find("input[data-key=pepochs]").getAttribute("value"));
        assertReferenceRun("default_lr0.10_init0.60");
        assertTrue(text("pt-no-line").contains("3 inputs"), "3 inputs: says why there is no line");
        assertEquals(8, tableRows("pt-samples").size());
        slideTo(0);
        assertFalse(browser.find("#pt-rounding").isDisplayed(), "no sum is 0 up to rounding for the initial weights");
        slideTo(1); // the epoch of the printed -0.00: its s reads as the 0 a student gets, its sign beside it
        assertEquals(List.of("000", "-1", "0.00 (-5.6e-17)", "-1", "✓"), tableRows("pt-samples").get(4));
        assertEquals(PerceptronEpoch.of(jvmRun("v=1&ptable=majority3"), 1).roundingNote(),
                browser.find("#pt-rounding").getText());
        assertTrue(text("pt-rounding").startsWith("0.00 (…): s is zero up to rounding."), text("pt-rounding"));
        slideTo(20);
        browser.screenshot("perceptron-majority");
    }

    @Test
    void courseRunWithRate001PrintsTheReferenceLog() {
        open("v=1&view=perceptron&peta=0.01&pw=0.6");
        assertReferenceRun("lr0.01_init0.60");
    }

    @Test
    void courseRunWithInitialWeights025PrintsTheReferenceLog() {
        open("v=1&view=perceptron&peta=0.1&pw=0.25");
        assertReferenceRun("lr0.10_init0.25");
    }

    @Test
    void comparisonTableShowsTheReferenceConvergenceEpochs() {
        open("v=1&view=perceptron");
        List<List<String>> rows = tableRows("pt-comparison");
        assertEquals(4, rows.size(), "η ∈ {0.01, 0.1} × initial weight ∈ {0.25, 0.6}");
        String[][] reference = {{"lr0.01_init0.60", "0.01", "0.6"}, {"lr0.10_init0.25", "0.1", "0.25"},
            {"default_lr0.10_init0.60", "0.1", "0.6"}};
        for (String[] ref : reference) {
            JsonNode run = runs.get(ref[0]);
            List<String> row = rows.stream().filter(r -> r.get(0).equals(ref[1]) && r.get(1).equals(ref[2]))
                    .findFirst().orElseThrow(() -> new AssertionError("no row for " + ref[0] + " in " + rows));
            assertEquals(run.get("first_epoch_with_zero_errors").asText(), row.get(2), ref[0]);
            assertEquals(run.get("last_epoch_with_update").asText(), row.get(3), ref[0]);
            JsonNode epochs = run.get("epochs");
            assertEquals(epochs.get(epochs.size() - 1).get("expected_printed").asText(), row.get(4), ref[0]);
        }
    }

    @Test
    void comparisonListsChangeTheComparisonAndTheLink() {
        open("v=1&view=perceptron");
        String log = text("pt-log");
        var rates = browser.find("input[data-key=pceta]");
        rates.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5 1 2\t");
        List<List<String>> rows = tableRows("pt-comparison");
        assertEquals(List.of("0.5", "0.5", "1", "1", "2", "2"), rows.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("0.25", "0.6", "0.25", "0.6", "0.25", "0.6"), rows.stream().map(r -> r.get(1)).toList());
        assertEquals(log, text("pt-log"), "the main run is untouched");
        assertTrue(browser.driver().getCurrentUrl().contains("pceta=0.5%201%202"), browser.driver().getCurrentUrl());
        rates.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.5 0\t");
        assertTrue(text("err-pceta").startsWith("Compared learning rates: each learning rate must be above 0"));
        assertEquals(6, tableRows("pt-comparison").size(), "the previous lists stay in force");
    }

    @Test
    void copyLogPutsTheLogOnTheClipboard() {
        open("v=1&view=perceptron");
        browser.find("#pt-copy").click();
        browser.waitFor("the copy to finish", "return document.getElementById('pt-copied').textContent !== ''", 5);
        assertEquals("Copied 20 lines.", text("pt-copied"));
    }

    @Test
    void xorDoesNotConvergeAndTheComparisonSaysSo() {
        String fragment = "v=1&view=perceptron&ptable=xor&pepochs=50";
        open(fragment);
        PerceptronRun jvm = jvmRun(fragment);
        assertTrue(text("pt-result").startsWith("does not converge: still "), text("pt-result"));
        assertEquals(jvm.summary(), text("pt-result"));
        assertEquals(String.join("\n", jvm.logLines()), text("pt-log"));
        for (List<String> row : tableRows("pt-comparison")) {
            assertEquals("does not converge", row.get(2), row.toString());
            assertEquals("50", row.get(3), "the weights keep changing to the last epoch: " + row);
        }
        browser.screenshot("perceptron-xor");
    }

    @Test
    void andDrawsTheSeparatingLineThatMovesWithTheEpochSlider() {
        // All weights 0 at first: w1 = w2 = 0 has no line; after learning AND the line runs between (1,1) and the rest.
        String fragment = "v=1&view=perceptron&ptable=and&pw=0&peta=0.5";
        open(fragment);
        PerceptronRun jvm = jvmRun(fragment);
        assertTrue(jvm.converged());
        assertEquals(jvm.summary(), text("pt-result"));
        long ink = browser.pixelsNear("#pt-plane", 29, 29, 31);
        assertTrue(ink > 300, "the separating line was not drawn: " + ink + " dark pixels");
        assertTrue(browser.pixelsNear("#pt-plane", 0, 114, 178) > 100, "no filled point with target +1");
        assertTrue(browser.pixelsNear("#pt-plane", 230, 159, 0) > 100, "no hollow points with target -1");
        String lineAtEnd = browser.js("return Array.from(backpropLab.lab.perceptron().line(" + jvm.epochs()
                + ")).join(',')").toString();
        slideTo(0);
        assertEquals("initial weights 0.00 0.00 0.00", text("pt-caption"));
        assertTrue(browser.pixelsNear("#pt-plane", 29, 29, 31) < ink / 4, "a line was drawn for w1 = w2 = 0");
        slideTo(1);
        assertNotEquals(lineAtEnd, browser.js("return Array.from(backpropLab.lab.perceptron().line(1)).join(',')"));
        slideTo(jvm.epochs());
        browser.screenshot("perceptron-and");
    }

    @Test
    void problemsAcrossFieldsShowBesideTheirControlAndClearWhenFixed() {
        String fragment = "v=1&view=perceptron&ptable=and&pw=0.1,0.2";
        open(fragment);
        String expected = PerceptronSetup.of(LinkCodec.decode(fragment).state()).problems().get(0).message();
        assertEquals(expected, text("err-pw"));
        assertEquals(expected, text("pt-result"));
        assertEquals("", text("pt-log"));
        var weights = browser.find("input[data-key=pw]");
        weights.clear();
        weights.sendKeys("0.1, 0.2, 0.3\t");
        browser.waitFor("the run", "return document.getElementById('pt-log').textContent.length > 0", 5);
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('err-pw').hidden"));
        assertEquals(String.join("\n", jvmRun("v=1&ptable=and&pw=0.1,0.2,0.3").logLines()), text("pt-log"));
        assertTrue(browser.driver().getCurrentUrl().contains("&pw=0.1,%200.2,%200.3"), browser.driver().getCurrentUrl());
    }

    @Test
    void choosingTypedStartsFromTheTableLeftAndRunsWhatIsTyped() {
        open("v=1&view=perceptron&ptable=or");
        browser.js("const s = document.querySelector('select[data-key=ptable]'); s.value = 'typed';"
                + " s.dispatchEvent(new Event('change'));");
        assertEquals("x1 x2 t\n0 0 0\n0 1 1\n1 0 1\n1 1 1",
                browser.find("textarea[data-key=ptext]").getAttribute("value"));
        assertEquals(String.join("\n", jvmRun("v=1&ptable=or").logLines()), text("pt-log"), "typed OR learns as OR");
        var box = browser.find("textarea[data-key=ptext]");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0 0 1\n0 1 2\n1 0 1"); // not clear(): that commits an empty box
        browser.find("input[data-key=peta]").click(); // leaving the box commits it
        assertEquals("Typed table: line 2: expected 0 or 1, found '2'", text("err-ptext"));
        assertEquals(String.join("\n", jvmRun("v=1&ptable=or").logLines()), text("pt-log"), "the old table stays");
        slideTo(1);
        browser.screenshot("perceptron-typed");
    }
}
