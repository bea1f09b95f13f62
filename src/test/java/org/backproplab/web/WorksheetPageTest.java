package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.worksheet.BiasConvention;
import org.backproplab.experiment.worksheet.Cell;
import org.backproplab.experiment.worksheet.Quiz;
import org.backproplab.experiment.worksheet.Row;
import org.backproplab.experiment.worksheet.Section;
import org.backproplab.experiment.worksheet.Table;
import org.backproplab.experiment.worksheet.Worksheet;
import org.backproplab.experiment.worksheet.WorksheetFields;
import org.backproplab.experiment.worksheet.WorksheetStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Worksheet tab in headless Chromium: every table cell the page renders must be the text the JVM's worksheet
 * gives for the same network (headings, labels and every number), step after step.
 */
@Tag("browser")
class WorksheetPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    /** Every rendered worksheet table as lines: "table id | title", "head | …", then "label | cell | …" per row. */
    private static final String READ_TABLES = "const out = [];"
            + "for (const card of document.querySelectorAll('#ws-output .ws-card')) {"
            + "  out.push('table ' + card.id.slice(3) + ' | ' + card.querySelector('h4').textContent);"
            + "  for (const li of card.querySelectorAll('.ws-formulas li')) out.push('formula | ' + li.textContent);"
            + "  out.push('head | ' + Array.from(card.querySelectorAll('thead tr > *'), c => c.textContent).join(' | '));"
            + "  for (const tr of card.querySelectorAll('tbody tr'))"
            + "    out.push(Array.from(tr.children, c => c.textContent).join(' | '));"
            + "}"
            + "return out;";

    /** The same lines as {@link #READ_TABLES}, from the JVM's worksheet. */
    private static List<String> expectedLines(WorksheetStep step) {
        List<String> out = new ArrayList<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                out.add("table " + table.id() + " | " + table.title());
                for (String f : table.formulas()) {
                    out.add("formula | " + f);
                }
                out.add("head | " + table.corner() + " | " + String.join(" | ", table.columns()));
                for (Row row : table.rows()) {
                    StringBuilder line = new StringBuilder(row.label());
                    for (Cell cell : row.cells()) {
                        line.append(" | ").append(cell.text());
                    }
                    out.add(line.toString());
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> renderedLines() {
        return (List<String>) browser.js(READ_TABLES);
    }

    /** Key and text of every number cell in page order, e.g. "d:1:2=0.262655". */
    @SuppressWarnings("unchecked")
    private static List<String> renderedNumbers() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#ws-output td[data-q]'),"
                + " td => td.dataset.q + '=' + td.textContent);");
    }

    private static List<String> expectedNumbers(WorksheetStep step) {
        List<String> out = new ArrayList<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (cell.isNumber()) {
                            out.add(cell.key() + "=" + cell.text());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Loads the page afresh (a new fragment alone would only fire hashchange in the page left by the last test). */
    private static void open(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment));
    }

    private static void choosePreset(String id) {
        new Select(browser.find("#ws-preset")).selectByValue(id);
    }

    private static void clickAndWaitForStep(String button, int number) {
        browser.find(button).click();
        browser.waitFor("step " + number, "const s = document.querySelector('#ws-output .ws-step');"
                + " return !!s && s.dataset.step === '" + number + "'", 10);
    }

    private static ExperimentState jvmState() {
        return LinkCodec.decode((String) browser.js("return location.hash")).state();
    }

    private static void assertPageShows(WorksheetStep step) {
        List<String> numbers = renderedNumbers();
        assertEquals(expectedNumbers(step), numbers);
        assertTrue(numbers.size() > 60, "only " + numbers.size() + " numbers rendered");
        assertEquals(expectedLines(step), renderedLines());
    }

    @Test
    void w1StepAndNextStepShowExactlyTheJvmsNumbers() {
        open("v=1&view=worksheet");
        choosePreset("w1");
        assertFalse(browser.find("#ws-preset-note").getText().isEmpty(), "the preset's note is shown");
        clickAndWaitForStep("#ws-step", 1);
        Worksheet jvm = Worksheet.of(jvmState());
        assertPageShows(jvm.current());
        // spot checks against the course's printed values (reference case W1)
        assertEquals("-0.556762", browser.find("td[data-q='d:3:1']").getText());
        assertEquals("0.262655", browser.find("#ws-backward-1 td[data-q='d:1:2']").getText());
        assertEquals("1", browser.find("#ws-forward-2 td[data-q='x:1:0']").getText());
        assertTrue(browser.find("#ws-forward-2 td[data-q='x:1:0']").getAttribute("class").contains("ws-bias"));
        browser.screenshot("worksheet-w1");
        browser.js("document.getElementById('ws-backward-3').scrollIntoView()");
        browser.screenshot("worksheet-w1-backward");
        browser.js("window.scrollTo(0, 0)");

        clickAndWaitForStep("#ws-next", 2);
        WorksheetStep second = jvm.next();
        assertPageShows(second);
        // step 2 starts from step 1's updated weights
        assertEquals("0.166162", browser.find("#ws-forward-1 td[data-q='W:1:0:1']").getText());
        clickAndWaitForStep("#ws-next", 3);
        assertPageShows(jvm.next());

        browser.find("#ws-reset").click();
        assertEquals(0L, browser.js("return document.querySelectorAll('#ws-output .ws-step').length"));
        assertTrue(browser.find("#ws-next").getAttribute("disabled") != null);
    }

    /** Each number cell as "key=text", or "key=?" for an answer box, in page order. */
    @SuppressWarnings("unchecked")
    private static List<String> renderedQuestions() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#ws-output td[data-q]'),"
                + " td => td.dataset.q + '=' + (td.querySelector('input.ws-answer') ? '?' : td.textContent));");
    }

    private static String markOf(String css) {
        return browser.find(css).findElement(org.openqa.selenium.By.xpath("..")).findElement(
                org.openqa.selenium.By.cssSelector(".ws-mark")).getText();
    }

    @Test
    void answerFirstAsksEveryComputedNumberMarksTheAnswersAndShowsThemOnRequest() {
        open("v=1&view=worksheet&wsquiz=on");
        choosePreset("w1");
        assertTrue(browser.find("[data-key=wsquiz]").isSelected(), "the link's wsquiz=on ticks the box");
        clickAndWaitForStep("#ws-step", 1);
        Worksheet jvm = Worksheet.of(jvmState());
        assertEquals("on", jvmState().get(WorksheetFields.QUIZ));
        WorksheetStep step = jvm.current();
        Quiz quiz = new Quiz(step);
        // every computed number is a box, every given number (weights, input, target, the bias 1) stays
        List<String> expected = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (cell.isNumber()) {
                            expected.add(cell.key() + "=" + (quiz.asks(cell) ? "?" : cell.text()));
                            (quiz.asks(cell) ? hidden : given).add(cell.text());
                        }
                    }
                }
            }
        }
        assertEquals(expected, renderedQuestions());
        assertTrue(hidden.size() > 40, hidden.size() + " boxes");
        String text = browser.find("#ws-output").getText();
        for (String number : hidden) {
            if (!given.contains(number)) {
                assertFalse(text.contains(number), number + " is on the page before it was answered");
            }
        }
        String score = "#ws-score";
        assertEquals("0 of " + quiz.questions() + " right", browser.find(score).getText());

        // x⁽¹⁾₁ = tanh(0.7) = 0.604368: right to 3 decimals, and shown so in the next layer's table too
        browser.find("#ws-forward-1 td[data-q='x:1:1'] input").sendKeys("0.604", Keys.ENTER);
        assertEquals("✓ to 3 decimals", markOf("#ws-forward-1 td[data-q='x:1:1'] input"));
        assertTrue(browser.find("#ws-forward-1 td[data-q='x:1:1'] .ws-mark").getAttribute("class")
                .contains("ws-right"));
        assertEquals("0.604", browser.find("#ws-forward-2 td[data-q='x:1:1'] input").getAttribute("value"));
        assertEquals("✓ to 3 decimals", markOf("#ws-forward-2 td[data-q='x:1:1'] input"));
        // s⁽¹⁾₁ = 0.7: a wrong answer is marked when the box is left
        browser.find("#ws-forward-1 td[data-q='s:1:1'] input").sendKeys("0.8", Keys.TAB);
        assertEquals("✗", markOf("#ws-forward-1 td[data-q='s:1:1'] input"));
        assertTrue(browser.find("#ws-forward-1 td[data-q='s:1:1'] .ws-mark").getAttribute("class")
                .contains("ws-wrong"));
        browser.find("#ws-forward-1 td[data-q='s:1:2'] input").sendKeys("<b>x</b>", Keys.ENTER);
        assertEquals("✗ not a number", markOf("#ws-forward-1 td[data-q='s:1:2'] input"));
        assertEquals(0L, browser.js("return document.querySelectorAll('#ws-output .ws-step b').length"), "typed text is text");
        browser.find("#ws-forward-1 td[data-q='s:1:1'] input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "7e-1",
                Keys.ENTER);
        assertEquals("✓ to 1 significant digit", markOf("#ws-forward-1 td[data-q='s:1:1'] input"));
        assertEquals("2 of " + quiz.questions() + " right", browser.find(score).getText());
        browser.screenshot("worksheet-answer-first");

        // Show all answers: exactly the worksheet without the quiz; the score stays
        browser.find("#ws-reveal").click();
        assertPageShows(step);
        assertFalse(browser.find("#ws-reveal").isDisplayed());
        assertEquals("2 of " + quiz.questions() + " right", browser.find(score).getText());

        // the next step is asked again, with a score of its own
        clickAndWaitForStep("#ws-next", 2);
        WorksheetStep second = jvm.next();
        assertEquals(0L, browser.js("return document.querySelectorAll('#ws-output td.ws-res:not(:has(input))').length"));
        assertEquals("0 of " + new Quiz(second).questions() + " right", browser.find(score).getText());
        assertTrue(browser.find("#ws-reveal").isDisplayed());
        // unticking the box shows the same step's numbers, as without the quiz
        browser.find("[data-key=wsquiz]").click();
        assertPageShows(second);
        assertFalse(browser.find("#ws-score").isDisplayed());
        assertFalse(((String) browser.js("return location.hash")).contains("wsquiz"), "off is the default");
    }

    @Test
    void w2PresetInBothBiasConventionsShowsExactlyTheJvmsNumbers() {
        open("v=1&view=worksheet");
        choosePreset("w2-sse");
        clickAndWaitForStep("#ws-step", 1);
        ExperimentState state = jvmState();
        assertEquals("sse", state.get(WorksheetFields.LOSS));
        assertPageShows(Worksheet.of(state).current());
        assertEquals("0.857356", browser.find("td[data-q='d:3:1']").getText()); // the course's printed δ⁽³⁾
        browser.screenshot("worksheet-w2");
        browser.js("document.getElementById('ws-update-1').scrollIntoView()");
        browser.screenshot("worksheet-w2-update");
        browser.js("window.scrollTo(0, 0)");

        // switching to a separate b rewrites the typed weights and recomputes: same numbers, no bias entries
        new Select(browser.find("select[data-key=wsbias]")).selectByValue("separate");
        browser.waitFor("the separate-bias tables", "return !!document.querySelector('#ws-forward-1 td[data-q]')"
                + " && !document.querySelector('#ws-output td.ws-bias')", 10);
        ExperimentState separate = jvmState();
        assertEquals(BiasConvention.SEPARATE.id(), separate.get(WorksheetFields.BIAS));
        assertEquals("0.1  0.2\n0.2  0.3\n1", separate.get(WorksheetFields.BIASES));
        assertEquals(browser.find("textarea[data-key=wsb]").getAttribute("value"), separate.get(WorksheetFields.BIASES));
        assertPageShows(Worksheet.of(separate).current());
        browser.screenshot("worksheet-w2-separate");
    }

    @Test
    void exportsAreTheJvmsTextAndTheButtonsWork() {
        open("v=1&view=worksheet");
        choosePreset("w3");
        clickAndWaitForStep("#ws-step", 1);
        WorksheetStep jvm = Worksheet.of(jvmState()).current();
        assertEquals(jvm.markdown(), browser.js("return backpropLab.lab.worksheet().markdown()"));
        // ChromeDriver drops the \r of returned strings, so the CSV's CRLF line ends are made visible first
        assertEquals(jvm.csv().replace("\r", "<CR>"),
                browser.js("return backpropLab.lab.worksheet().csv().replace(/\\r/g, '<CR>')"));
        browser.find("#ws-copy").click();
        browser.waitFor("the copy status", "return document.getElementById('ws-export-status').textContent !== ''", 5);
        browser.js("window.__downloads = [];"
                + "HTMLAnchorElement.prototype.click = function () { window.__downloads.push(this.download); };");
        browser.find("#ws-csv").click();
        assertEquals(List.of("worksheet-step-1.csv"), browser.js("return window.__downloads"));
        assertEquals("CSV downloaded", browser.find("#ws-export-status").getText());
    }

    @Test
    void badInputIsExplainedWithItsLineAndColumnAndLosesNothing() {
        open("v=1&view=worksheet");
        choosePreset("w1");
        clickAndWaitForStep("#ws-step", 1);
        String link = (String) browser.js("return location.hash");
        WebElement weights = browser.find("textarea[data-key=wsw]");
        weights.clear();
        weights.sendKeys("0.1 0.2\n0.3 O.4");
        weights.sendKeys(Keys.TAB);
        browser.waitFor("the field's message", "const e = document.getElementById('err-wsw'); return !!e && !e.hidden", 5);
        assertEquals("Weights W: line 2, column 5: 'O.4' is not a number", browser.find("#err-wsw").getText());
        assertEquals(link, browser.js("return location.hash"), "the link keeps the last good network");
        assertEquals(1L, browser.js("return document.querySelectorAll('#ws-output .ws-step').length"),
                "the tables of the last good network stay");

        // a number of inputs that doesn't fit W⁽¹⁾: the boxes disagree, the problem says how
        WebElement input = browser.find("input[data-key=wsx]");
        input.clear();
        input.sendKeys("2 3", Keys.TAB);
        browser.waitFor("the worksheet's problem", "return !document.getElementById('ws-problems').hidden", 5);
        assertEquals("Input x: 2 numbers, but the network has 1 input (W⁽¹⁾ has 2 rows: the bias row and one per"
                + " input)", browser.find("#ws-problems").getText());
        assertEquals(0L, browser.js("return document.querySelectorAll('#ws-output .ws-step').length"),
                "no tables for a network that doesn't exist");
        browser.screenshot("worksheet-problem");
    }

    /**
     * How much of each option's text the closed chooser cannot show, in pixels (0 when all fit): the text as the
     * select draws it against the select's width less its padding, border and drop-down arrow (about 24 px).
     */
    private static final String OPTIONS_CUT_OFF = "const s = arguments[0]; const st = getComputedStyle(s);"
            + "const ctx = document.createElement('canvas').getContext('2d'); ctx.font = st.font;"
            + "const room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 24;"
            + "return Array.from(s.options, o => Math.max(0, Math.ceil(ctx.measureText(o.text).width - room)));";

    @Test
    void errorChooserNamesTheLossesAndTheLineUnderItGivesTheChosenFormula() {
        for (String fragment : List.of("v=1&view=worksheet", "v=1&view=worksheet&proj=on",
                "v=1&view=worksheet&lang=zh-TW", "v=1&view=worksheet&proj=on&lang=zh-TW")) {
            open(fragment);
            WebElement select = browser.find("[data-key=wsloss]");
            WebElement hint = browser.find("#ws-loss-hint");
            boolean zh = fragment.contains("zh-TW");
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) browser.js("return Array.from(arguments[0].options, o => o.text)",
                    select);
            assertEquals(zh ? List.of("平方根誤差", "平方和", "½ · 平方和", "均方誤差", "交叉熵")
                    : List.of("square-root error", "sum of squares", "½ · sum of squares", "mean squared error",
                            "cross-entropy"), texts, fragment);
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L), browser.js(OPTIONS_CUT_OFF, select), fragment + ": cut off");
            assertEquals("E = Σ|y − t| = Σ√((y − t)²)", hint.getText(), fragment);
            assertTrue(hint.getRect().getY() >= select.getRect().getY() + select.getRect().getHeight(),
                    "the formula is under the chooser");
            new Select(select).selectByValue("bce");
            assertEquals("E = −(1/K)·Σ[t·ln y + (1 − t)·ln(1 − y)]", hint.getText(), fragment + " after a change");
            assertTrue(hint.getRect().getWidth() <= select.getRect().getWidth() + 1, "the formula wraps in the column");
            browser.screenshot("worksheet-loss-" + fragment.replaceAll("[^a-zA-Z-]+", "-"));
        }
        // a live switch renames the options and keeps the chosen formula; so does switching back
        new Select(browser.find("#language")).selectByValue("en");
        assertEquals("cross-entropy", new Select(browser.find("[data-key=wsloss]")).getFirstSelectedOption().getText());
        assertEquals("E = −(1/K)·Σ[t·ln y + (1 − t)·ln(1 − y)]", browser.find("#ws-loss-hint").getText());
        // a preset sets the loss, and the line follows it
        choosePreset("w2-sse");
        assertEquals("E = Σ(y − t)²", browser.find("#ws-loss-hint").getText());
    }

    @Test
    void onAPhoneTablesScrollInsideTheirCardsNotThePage() {
        try (Browser phone = new Browser(390, 844)) {
            phone.open(Browser.page("index.html", "v=1&view=worksheet"));
            new Select(phone.find("#ws-preset")).selectByValue("w2-half");
            phone.find("#ws-step").click();
            phone.waitFor("step 1", "return !!document.querySelector('#ws-output .ws-step')", 10);
            ExperimentState state = LinkCodec.decode((String) phone.js("return location.hash")).state();
            assertEquals(expectedNumbers(Worksheet.of(state).current()), phone.js("return Array.from("
                    + "document.querySelectorAll('#ws-output td[data-q]'), td => td.dataset.q + '=' + td.textContent);"));
            // the view itself fits the screen: wide tables scroll inside their cards (the shared top bar is not ours)
            Object overflow = phone.js("const v = document.getElementById('view-worksheet');"
                    + " return Math.max(v.scrollWidth - v.clientWidth, v.getBoundingClientRect().right - window.innerWidth)");
            assertTrue(((Number) overflow).doubleValue() <= 0, "the worksheet is wider than the screen by " + overflow
                    + " px");
            assertTrue(((Number) phone.js("return document.querySelector('#ws-backward-2 .ws-scroll').scrollWidth")).longValue()
                    > ((Number) phone.js("return document.querySelector('#ws-backward-2 .ws-scroll').clientWidth")).longValue(),
                    "the widest table scrolls inside its card");
            phone.js("document.getElementById('ws-backward-2').scrollIntoView()");
            phone.screenshot("worksheet-phone");
            List<String> errors = phone.consoleErrors();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        }
    }
}
