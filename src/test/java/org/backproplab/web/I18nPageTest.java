package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Every view in 繁體中文 leaves no English a student reads: visible text, the aria-label/title/placeholder/label
 * attributes, the options of choosers, the help overlay, chart legends and axis titles, and the engine's messages
 * (every field given hostile text, every problem the views list). Identifiers, units and maths stay as they are.
 */
@Tag("browser")
class I18nPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    /**
     * Words that are names, not English: ids of every choice (collected from the engine at run time), maths
     * functions, units, file formats, acronyms of the course's methods.
     */
    static final List<String> ALLOWED = List.of("tanh", "sigmoid", "ReLU", "relu", "GELU", "SiLU", "ELU", "MSE", "SSE",
            "CSV", "JSON", "PNG", "Markdown", "SGD", "Adam", "RMSProp", "Adagrad", "Nesterov", "XOR", "AND", "OR", "NAND",
            "NOR", "sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs", "min", "max", "pi", "erf", "sign", "softmax",
            "inf", "nan", "NaN", "lr", "dy", "dx", "diag", "Esc", "Tab", "Home", "End", "Enter", "Space", "Backprop", "Lab",
            "Ctrl", "Runge", "Xavier", "He", "PyTorch", "tsv", "txt", "English", "XOR-easy", "xn",
            // the names of activations and initialisers, as the literature writes them in Chinese too
            "Sigmoid", "Tanh", "Leaky", "Softplus", "Softmax", "swish", "logistic", "Heaviside", "Glorot", "Kaiming",
            "XNOR",
            // input features' ids, kept in links and messages as activations' are
            "x1sq", "x2sq", "x1x2", "sinx1", "sinx2");

    /**
     * Ids of choices that are also everyday English words: in the page's text they would more likely be an
     * untranslated word than a name, so they are not allowed there (messages quote ids in lists; see below).
     */
    static final List<String> COMMON_WORDS = List.of("and", "or", "on", "off", "train", "test", "typed", "separate",
            "compare", "view", "worksheet", "perceptron", "activations", "constant", "normal", "uniform", "binary",
            "formula", "explicit");

    /**
     * Collects, on the current page, each piece of readable text that still holds an English word: returns a list
     * of "where: text" strings. Hidden parts (display: none, hidden attribute) are skipped; so are the course's
     * own printouts (pre, code, [data-no-i18n]) and what the user typed (inputs, textareas).
     */
    static final String FIND_ENGLISH = String.join("\n",
            "const allowed = new Set(arguments[0]);",
            "const common = new Set(arguments[1]);",
            "const lab = window.backpropLab.lab;",
            "for (const key of lab.keys()) for (const id of lab.choices(key)) if (!common.has(id)) allowed.add(id);",
            "const word = /[A-Za-z][A-Za-z0-9_\\-]*[A-Za-z0-9]|[A-Za-z]{2,}/g;",
            "const english = text => (text.replace(/[0-9][eE][-+]?[0-9]+/g, '0').replace(/'[^']*'|「[^」]*」/g, '')",
            "  .replace(/\\S+\\.(json|csv|png)\\b/g, '').replace(/（(?:可選|可用)：[^）]*）/g, '')",
            "  .match(word) || []).filter(w => !allowed.has(w)",
            "  && !/^[A-Za-z][0-9]+$/.test(w) && !/^[A-Za-z]{1}$/.test(w));",
            "const out = [];",
            "const seen = new Set();",
            "const report = (where, text) => {",
            "  const words = english(text);",
            "  const line = where + ': ' + text.trim().slice(0, 160) + '  [' + words.join(' ') + ']';",
            "  if (words.length && !seen.has(line)) { seen.add(line); out.push(line); }",
            "};",
            "const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';",
            "const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')",
            "  + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');",
            "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);",
            "for (let n = walker.nextNode(); n; n = walker.nextNode()) {",
            "  const el = n.parentElement;",
            "  if (!el || el.closest('script, style, pre, code, [data-no-i18n], textarea')) continue;",
            "  if (el.tagName === 'OPTION' || el.tagName === 'OPTGROUP') continue;",
            "  if (!shown(el)) continue;",
            "  report(name(el), n.data);",
            "}",
            "for (const el of document.body.querySelectorAll('*')) {",
            "  if (el.closest('[data-no-i18n]')) continue;",
            "  const visible = shown(el) || (el.tagName === 'CANVAS' && shown(el.parentElement));",
            "  for (const attr of ['aria-label', 'title', 'placeholder']) {",
            "    if (el.hasAttribute(attr) && visible) report(name(el) + '[' + attr + ']', el.getAttribute(attr));",
            "  }",
            // an option showing its own value is a name only when that value is one of its field's choices: a
            // chooser of words whose values are the words ("validation") is checked like any other text
            "  if (el.tagName === 'SELECT' && shown(el)) {",
            "    const ids = new Set(el.dataset.key ? Array.from(lab.choices(el.dataset.key)) : []);",
            "    for (const o of el.options) if (o.value !== o.text.trim() || !ids.has(o.value)) {",
            "      report(name(el) + ' option', o.text);",
            "    }",
            "    for (const g of el.querySelectorAll('optgroup')) report(name(el) + ' optgroup', g.label);",
            "  }",
            "}",
            "for (const chart of Object.values(Chart.instances)) {",
            "  if (!shown(chart.canvas)) continue;",
            "  const where = 'chart#' + chart.canvas.id;",
            "  for (const ds of chart.data.datasets) if (ds.label) report(where + ' legend', ds.label);",
            "  for (const axis of Object.values(chart.options.scales || {})) {",
            "    if (axis.title && axis.title.display) report(where + ' axis', String(axis.title.text));",
            "  }",
            "  const title = chart.options.plugins && chart.options.plugins.legend && chart.options.plugins.legend.title;",
            "  if (title && title.display) report(where + ' legend title', String(title.text));",
            "}",
            "return out;");

    static List<String> english() {
        return english(browser);
    }

    @SuppressWarnings("unchecked")
    static List<String> english(Browser in) {
        return new ArrayList<>((List<String>) in.js(FIND_ENGLISH, ALLOWED, COMMON_WORDS));
    }

    static void assertNoEnglish(String view) {
        assertNoEnglish(browser, view);
    }

    static void assertNoEnglish(Browser in, String view) {
        List<String> left = english(in);
        assertTrue(left.isEmpty(), view + " in 繁體中文 still shows English (" + left.size() + "):\n"
                + String.join("\n", left));
    }

    private static void type(String css, String text) {
        browser.find(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** A fresh page in Chinese (a new fragment alone would keep the document and what was left open in it). */
    private static void openZh(String fragment) {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", fragment + "&lang=zh-TW"));
        assertEquals("zh-TW", browser.js("return document.documentElement.lang"));
        assertTrue(((String) browser.js("return location.hash")).contains("lang=zh-TW"), "the link keeps the language");
    }

    private static void openHelp() {
        browser.js("document.activeElement.blur()");
        browser.find("body").sendKeys("?");
        assertTrue(browser.find("#help-overlay").isDisplayed());
    }

    private static void closeHelp() {
        browser.find("#help-close").click();
    }

    @Test
    void trainViewInChineseWithSplitsMessagesAndHelpHasNoEnglish() {
        browser.open(Browser.page("index.html", "v=1&data=spiral&val=0.2&test=0.2&epochs=30&opt=adam&sched=step"));
        new Select(browser.find("#language")).selectByValue("zh-TW");
        assertEquals("zh-TW", browser.js("return document.documentElement.lang"));
        assertTrue(((String) browser.js("return location.hash")).contains("lang=zh-TW"));
        browser.find("#play").click();
        browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 30);
        browser.js("for (const d of document.querySelectorAll('#controls details')) d.open = true;");
        type("[data-key=lr]", "-1");
        type("[data-key=h]", "10,abc");
        type("[data-key=n]", "1e309");
        type("[data-key=units]", "9.9=tanh");
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("i18n-train-zh-TW");
        assertNoEnglish("Train (spiral, splits, messages)");
        openHelp();
        assertNoEnglish("Keyboard help of the Train view");
        browser.screenshot("i18n-help-zh-TW");
        closeHelp();
    }

    /** The split menu of the confusion matrix: its values are the words the script passes on, still translated. */
    @Test
    void confusionSplitMenuReadsInChinese() {
        openZh("v=1&data=spiral&val=0.2&test=0.2");
        browser.find("#plot-tab-confusion").click(); // the matrix's tab, beside the loss curve
        assertEquals(List.of("訓練集", "驗證集", "測試集"),
                browser.js("return Array.from(document.querySelectorAll('#confusion-part option'), o => o.text)"));
        assertNoEnglish("Train (confusion split menu)");
        // the script still reads the split's id: the matrix of the validation points is drawn
        new Select(browser.find("#confusion-part")).selectByVisibleText("驗證集");
        assertEquals("validation", browser.js("return document.getElementById('confusion-part').value"));
        assertEquals(browser.js("return BackpropI18n.t(window.backpropLab.lab.confusionSummary('validation'))"),
                browser.find("#confusion-summary").getText());
    }

    /** A phone shows what a desktop hides (the ⋯ button for the tools): every view there reads in Chinese too. */
    @Test
    void phoneLayoutInChineseHasNoEnglish() {
        try (Browser phone = new Browser(390, 844)) {
            for (String view : List.of("train", "worksheet", "perceptron", "activations", "compare")) {
                phone.driver().get("about:blank");
                phone.open(Browser.page("index.html", "v=1&view=" + view + "&lang=zh-TW"));
                assertTrue(phone.find("#more-tools").isDisplayed(), "the phone layout shows the ⋯ button");
                assertNoEnglish(phone, "Phone " + view);
                phone.find("#more-tools").click();
                assertNoEnglish(phone, "Phone " + view + " with the tools open");
            }
            phone.screenshot("i18n-phone-zh-TW");
            List<String> errors = phone.consoleErrors();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        }
    }

    @Test
    void trainViewInChineseForRegressionCsvAndDivergenceHasNoEnglish() {
        openZh("v=1&data=runge&n=50&val=0.2&h=10&act=tanh&out=identity&loss=mse&opt=sgd&lr=20&epochs=200&init=explicit");
        assertNoEnglish("Train (explicit weights missing)");
        browser.open(Browser.page("index.html",
                "v=1&data=runge&n=50&val=0.2&h=10&act=tanh&out=identity&loss=mse&opt=sgd&lr=20&epochs=200&lang=zh-TW"));
        browser.find("#play").click();
        browser.waitFor("divergence", "return window.backpropLab.lab.stopped()", 30);
        // the JVM's run of the same link: where it stopped, and the loss past 10¹² times its first (issue 25)
        org.backproplab.experiment.TrainingRun jvm = org.backproplab.experiment.TrainingRun.start(
                org.backproplab.experiment.LinkCodec.decode(
                        "v=1&data=runge&n=50&val=0.2&h=10&act=tanh&out=identity&loss=mse&opt=sgd&lr=20&epochs=200").state());
        jvm.train(200);
        assertEquals("於第 " + jvm.epoch() + " 回合發散：訓練損失 "
                + org.backproplab.text.Numbers.general(jvm.lossHistory().last(), 2) + "，超過第一回合的 10¹² 倍——請試著調小學習率",
                browser.find("#status").getText());
        browser.screenshot("i18n-train-regression-zh-TW");
        assertNoEnglish("Train (regression, diverged)");
        openZh("v=1&data=csv&csv=x1,x2,label%0A0,0,0%0A1,oops,1%0A2,2,12");
        assertNoEnglish("Train (CSV with problems)");
        openZh("v=1&data=formula&f=sin(pi*x)%2Flog(x)");
        assertNoEnglish("Train (formula with problems)");
        openZh("v=1&lr=abc&bogus=1&h=10,10,10&h=9&epochs=");
        browser.screenshot("i18n-notices-zh-TW");
        assertNoEnglish("Train (damaged link notices)");
    }

    @Test
    void worksheetInChineseWithTablesAndProblemsHasNoEnglish() {
        openZh("v=1&view=worksheet");
        new Select(browser.find("#ws-preset")).selectByValue("w2-sse");
        browser.find("#ws-step").click();
        browser.waitFor("the tables", "return !!document.querySelector('#ws-output .ws-step')", 10);
        browser.screenshot("i18n-worksheet-zh-TW");
        assertNoEnglish("Worksheet (W2 step 1)");
        new Select(browser.find("[data-key=wsbias]")).selectByValue("separate");
        new Select(browser.find("#ws-preset")).selectByValue("w3");
        browser.find("#ws-step").click();
        assertNoEnglish("Worksheet (W3, separate biases)");
        type("[data-key=wsx]", "1 2 3");
        type("[data-key=wsact]", "tanh step\nfoo");
        assertNoEnglish("Worksheet (problems)");
        openHelp();
        assertNoEnglish("Keyboard help of the Worksheet view");
        closeHelp();
    }

    @Test
    void worksheetAnswerFirstInChineseHasNoEnglish() {
        openZh("v=1&view=worksheet&wsquiz=on");
        browser.find("#ws-step").click();
        browser.waitFor("the tables", "return !!document.querySelector('#ws-output .ws-answer')", 10);
        String cell = "#ws-forward-1 td[data-q='%s'] input";
        browser.find(String.format(cell, "x:1:1")).sendKeys("0.604", Keys.ENTER);
        browser.find(String.format(cell, "x:1:2")).sendKeys("0.6", Keys.ENTER);
        browser.find(String.format(cell, "s:1:1")).sendKeys("6.04e-1", Keys.ENTER);
        browser.find(String.format(cell, "s:1:2")).sendKeys("abc", Keys.ENTER);
        browser.find("#ws-forward-2 td[data-q='s:2:1'] input").sendKeys("0.2", Keys.ENTER);
        browser.find("#ws-forward-2 td[data-q='x:2:1'] input").sendKeys("1e5", Keys.ENTER);
        browser.screenshot("i18n-worksheet-answer-first-zh-TW");
        assertEquals("✓ 準確到小數點後 3 位", browser.find("#ws-forward-1 td[data-q='x:1:1'] .ws-mark").getText());
        assertNoEnglish("Worksheet (answer first, marked)");
        browser.find("#ws-reveal").click();
        assertNoEnglish("Worksheet (answer first, answers shown)");
    }

    @Test
    void perceptronInChineseWithBothPicturesAndProblemsHasNoEnglish() {
        openZh("v=1&view=perceptron");
        assertNoEnglish("Perceptron (majority of 3)");
        openZh("v=1&view=perceptron&ptable=and&pepochs=5");
        browser.screenshot("i18n-perceptron-zh-TW");
        assertNoEnglish("Perceptron (AND)");
        openZh("v=1&view=perceptron&ptable=xor&pepochs=5&pthr=binary");
        assertNoEnglish("Perceptron (XOR, does not converge)");
        new Select(browser.find("[data-key=ptable]")).selectByValue("typed");
        type("[data-key=ptext]", "x1 x2 t\n0 0 0\n0 1 2\n1 1");
        type("[data-key=porder]", "00 11 00");
        type("[data-key=pw]", "1 2");
        type("[data-key=pceta]", "0");
        assertNoEnglish("Perceptron (problems)");
        openHelp();
        assertNoEnglish("Keyboard help of the Perceptron view");
        closeHelp();
    }

    @Test
    void activationsInChineseHasNoEnglish() {
        openZh("v=1&view=activations&h=4,4&epochs=3");
        assertNoEnglish("Activations (sigmoid network)");
        browser.find("#act-identity").click();
        browser.screenshot("i18n-activations-zh-TW");
        assertNoEnglish("Activations (identity network, collapse)");
        openHelp();
        assertNoEnglish("Keyboard help of the Activations view");
        closeHelp();
    }

    @Test
    void compareInChineseWithResultsAndProblemsHasNoEnglish() {
        openZh("v=1&view=compare&epochs=40&cmpv=0.01,0.1,1,1,abc,300&target=0.2");
        browser.find("#compare-run").click();
        browser.waitFor("the runs to finish", "return document.getElementById('compare-run').getAttribute('aria-pressed')"
                + " === 'false' && document.querySelectorAll('#compare-table tbody tr').length > 0", 30);
        browser.screenshot("i18n-compare-zh-TW");
        assertNoEnglish("Compare (results, problems)");
        for (String param : List.of("h", "act", "out", "loss", "opt", "mom", "batch", "init", "l2")) {
            new Select(browser.find("#compare-param")).selectByValue(param);
            assertNoEnglish("Compare (" + param + ")");
        }
        openHelp();
        assertNoEnglish("Keyboard help of the Compare view");
        closeHelp();
    }

    /**
     * Texts that appear only for a moment or on request: the export menu and its statuses, the diagram's tooltip
     * and neuron map, a paused comparison, copy statuses, every activation's formula, every worksheet loss.
     */
    @Test
    void passingTextsAndEveryChoiceReadInChinese() {
        openZh("v=1&epochs=3");
        browser.find("#step").click();
        browser.find("#export-menu summary").click();
        assertNoEnglish("Export menu");
        browser.find("[data-export=json]").click();
        assertNoEnglish("Export status");
        browser.find("#copy-link").click();
        browser.waitFor("the copy status", "return document.getElementById('share-status').textContent !== ''", 5);
        assertNoEnglish("Copy-link status");
        browser.js("document.querySelector('#export-menu').open = true");
        browser.find("[data-export=boundary-png]").click();
        assertNoEnglish("PNG export status");
        // the diagram: hover a hidden neuron for its tooltip, click it for its map
        browser.js("document.getElementById('diagram').scrollIntoView()");
        browser.waitFor("the diagram", "return !!BackpropLab.diagram.neuronCentre(1, 0)", 10);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> at = (java.util.Map<String, Number>) browser.js(
                "return BackpropLab.diagram.neuronCentre(1, 0)");
        var canvas = browser.find("#diagram");
        int dx = (int) Math.round(at.get("x").doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - canvas.getRect().getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(canvas, dx, dy).perform();
        browser.waitFor("the tooltip", "return !document.querySelector('.diagram-tip').hidden", 5);
        assertNoEnglish("Diagram tooltip");
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(canvas, dx, dy).click().perform();
        browser.waitFor("the map caption", "return document.getElementById('neuron-map-caption').textContent.includes('從')", 5);
        browser.screenshot("i18n-diagram-zh-TW");
        assertNoEnglish("Diagram tooltip and neuron map");
        // from the keyboard: the focused neuron's tooltip and what the live region reads out
        browser.js("document.getElementById('diagram').focus()");
        canvas.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        browser.waitFor("the live region", "return document.querySelector('#diagram-figure p.visually-hidden[aria-live]')"
                + ".textContent.includes('Enter')", 5);
        assertNoEnglish("Diagram from the keyboard");
        canvas.sendKeys("w"); // after an epoch: when the initial weights can be typed, under the diagram
        browser.waitFor("the message", "return document.querySelector('.diagram-message').textContent !== ''", 5);
        assertNoEnglish("Diagram: initial weights after the first epoch");
        canvas.sendKeys("r", "w"); // reset (the page's key), then the unit's incoming weights
        browser.waitFor("the weights box", "return !!document.querySelector('.diagram-weights input')", 5);
        assertNoEnglish("Diagram: initial weights typed from the keyboard");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        openZh("v=1&h=32,4,4,4,4,4,4");
        browser.waitFor("the compact note", "return !document.querySelector('.diagram-note').hidden", 5);
        assertNoEnglish("Diagram drawn compact");

        openZh("v=1&view=compare&epochs=100000");
        browser.find("#compare-run").click();
        browser.find("#compare-run").click();
        assertNoEnglish("Compare paused (Resume)");

        openZh("v=1&view=perceptron&ptable=and");
        browser.find("#pt-copy").click();
        assertNoEnglish("Perceptron copy status");

        openZh("v=1&view=activations");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js(
                "return Array.from(document.getElementById('act-choice').options, o => o.value)");
        for (String id : ids) {
            new Select(browser.find("#act-choice")).selectByValue(id);
            assertNoEnglish("Activations (" + id + ")");
        }

        for (String loss : List.of("abs", "sse", "half_sse", "mse", "bce")) {
            openZh("v=1&view=worksheet&wsact=sigmoid sigmoid%0Arelu elu%0Asigmoid&wsloss=" + loss);
            browser.find("#ws-step").click();
            browser.find("#ws-copy").click();
            assertNoEnglish("Worksheet (" + loss + ", copied)");
        }
        openZh("v=1&view=worksheet&wsact=step leaky_relu%0Asoftplus silu%0Agelu_erf&wsloss=bce&wst=2&wslr=100");
        browser.find("#ws-step").click();
        assertNoEnglish("Worksheet (warnings, every derivative)");
    }

    /** Every field of every view given text it refuses: each message reads in Chinese. */
    @Test
    void everyEngineMessageForHostileTextIsTranslated() {
        openZh("v=1");
        @SuppressWarnings("unchecked")
        List<String> left = (List<String>) browser.js(String.join("\n",
                "const lab = window.backpropLab.lab;",
                "const t = BackpropI18n.t;",
                "const texts = ['', 'abc', '-1', '1e309', 'NaN', '99999999999', '0', '1,2,3;4', 'x'.repeat(7000),",
                "  '<img src=x onerror=alert(1)>', '10,abc', '2.1=tanh 9.9=relu', 'foo,bar', '1 2 3\\n\\n4', '0.5 0.5',",
                "  '300,300', '1 | 2', 'sin(', 'sin(x', 'x y', '2 3)', '1..2', 'max(x)', '((((((((((((((((((((((((((((((((((x',",
                "  '010 111 010', '2 2 2', 'x1 x2 t\\n0 0 1\\n0 0 1', '1 0\\n1 1 0', '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70'];",
                "const out = [];",
                "const allowed = new Set(arguments[0]);",
                "for (const key of lab.keys()) for (const id of lab.choices(key)) allowed.add(id);",
                "for (const group of ['data', 'network', 'training', 'init', 'compare', 'tabs', 'tools']) allowed.add(group);",
                "const word = /[A-Za-z][A-Za-z0-9_\\-]*[A-Za-z0-9]|[A-Za-z]{2,}/g;",
                "for (const key of lab.keys()) {",
                "  if (key === 'lang' || key === 'view') continue;",
                "  for (const text of texts) {",
                "    const message = lab.set(key, text);",
                "    if (!message) { lab.loadLink('v=1&lang=zh-TW'); continue; }",
                "    const shown = t(message).replace(/'[^']*'|「[^」]*」/g, '').replace(/[0-9][eE][-+]?[0-9]+/g, '0');", // what the user typed is quoted back
                "    const words = (shown.match(word) || []).filter(w => !allowed.has(w) && !/^[A-Za-z][0-9]+$/.test(w));",
                "    if (words.length) out.push(key + ' ← ' + text.slice(0, 30) + ': ' + message.slice(0, 200) + ' → '",
                "      + shown.slice(0, 200) + '  [' + words.join(' ') + ']');",
                "  }",
                "}",
                "return out;"), ALLOWED);
        assertTrue(left.isEmpty(), "engine messages left in English (" + left.size() + "):\n" + String.join("\n", left));
    }

    /** Switching back restores the English page exactly: every text node and every translated attribute. */
    @Test
    void switchingBackToEnglishRestoresEveryText() {
        String snapshot = "const parts = [];"
                + "const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data);"
                + "for (const el of document.body.querySelectorAll('*')) for (const a of ['aria-label','title','placeholder','label'])"
                + "  if (el.hasAttribute(a)) parts.push(a + '=' + el.getAttribute(a));"
                + "for (const c of Object.values(Chart.instances)) for (const d of c.data.datasets) parts.push('ds=' + d.label);"
                + "return parts.join('\\u241e');";
        for (String view : List.of("train", "worksheet", "perceptron", "activations", "compare")) {
            browser.open(Browser.page("index.html", "v=1&view=" + view + "&ptable=and&epochs=20"));
            if (view.equals("worksheet")) {
                browser.find("#ws-step").click();
            }
            String english = (String) browser.js(snapshot);
            new Select(browser.find("#language")).selectByValue("zh-TW");
            String chinese = (String) browser.js(snapshot);
            assertTrue(!chinese.equals(english), view + ": the language switch changed nothing");
            new Select(browser.find("#language")).selectByValue("en");
            assertEquals("en", browser.js("return document.documentElement.lang"));
            assertEquals(english, browser.js(snapshot), view + ": English is restored exactly");
            assertTrue(!((String) browser.js("return location.hash")).contains("lang="), "English is the default");
        }
    }

    /** The charts' legends and axis titles follow a live switch, without a reload. */
    @Test
    void chartTextsFollowALiveLanguageSwitch() {
        browser.open(Browser.page("index.html", "v=1&val=0.2&epochs=5"));
        browser.find("#play").click();
        browser.waitFor("training to finish", "return window.backpropLab.lab.stopped()", 20);
        String labels = "const c = Chart.getChart('loss-chart');"
                + "return c.data.datasets.map(d => d.label).concat([c.options.scales.x.title.text, c.options.scales.y.title.text]);";
        assertEquals(List.of("training", "validation", "test", "epoch", "loss"), browser.js(labels));
        new Select(browser.find("#language")).selectByValue("zh-TW");
        assertEquals(List.of("訓練集", "驗證集", "測試集", "回合", "損失"), browser.js(labels));
        assertTrue(browser.pixelsNear("#loss-chart", 0, 114, 178) > 0, "the loss curve is still drawn");
        new Select(browser.find("#language")).selectByValue("en");
        assertEquals(List.of("training", "validation", "test", "epoch", "loss"), browser.js(labels));
    }
}
