package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;

/** The Train view's data controls: CSV paste and upload, formulas, generated sets, what shows when, layouts. */
@Tag("browser")
class TrainDataPageTest {
    private static final String GOOD_CSV = "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0.2,0.1,0\n";
    private static final String TWO_BAD_ROWS = "x1,x2,label\n0,0,0\n0,abc,1\n1,0,1\n1,1\n0.5,0.5,0\n";
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    @Test
    void pastedCsvWithTwoBadRowsListsBothAndKeepsThePreviousData() {
        browser.open(Browser.page("index.html", ""));
        setField("data", "csv");
        assertFalse(hidden("[data-for=csv]"), "the CSV box is hidden for csv data");
        assertTrue(browser.find("#status").getText().contains("paste or upload rows of x1,x2,label"),
                browser.find("#status").getText());
        setField("csv", GOOD_CSV);
        assertEquals("", browser.find("#err-csv").getText());
        assertEquals("5 training, 0 validation and 0 test points", browser.find("#split-summary").getText());
        browser.find("#step").click();
        assertEquals("1", browser.find("#epoch").getText());

        setField("csv", TWO_BAD_ROWS);
        String errors = browser.find("#err-csv").getText();
        assertEquals("CSV data — the previous data stay in use until these are fixed:\n"
                + "line 3: 'abc' is not a number\nline 5: expected 3 values, found 2", errors);
        assertEquals(GOOD_CSV.trim(), browser.js("return window.backpropLab.lab.get('csv')"));
        assertEquals("5 training, 0 validation and 0 test points", browser.find("#split-summary").getText());
        assertEquals("1", browser.find("#epoch").getText(), "a rejected paste restarted the run");
        assertEquals(15L, browser.js("return window.backpropLab.lab.points().length"));
        assertTrue(browser.pixelsNear("#boundary", 0, 114, 178) > 50, "the previous data are no longer drawn");
        assertFalse(((String) browser.js("return location.hash")).contains("abc"), "the bad rows went into the link");
        browser.screenshot("train-csv-errors");

        // "Use these rows" after fixing the text takes it.
        String fixed = TWO_BAD_ROWS.replace("\n1,1\n", "\n1,1,0\n").replace("0,abc,1", "0,1,1") + "0.9,0.8,1\n";
        browser.js("document.querySelector('#controls [data-key=csv]').value = arguments[0];", fixed);
        browser.find("#csv-use").click();
        assertEquals("", browser.find("#err-csv").getText());
        assertEquals(fixed.trim(), browser.js("return window.backpropLab.lab.get('csv')"));
        assertEquals("6 training, 0 validation and 0 test points", browser.find("#split-summary").getText());
    }

    @Test
    void badCsvRowsFromALinkAreAllListedUnderTheBox() {
        browser.open(Browser.page("index.html", "v=1&data=csv&csv=0,0,0%0A0,x,1%0A1,1%0A1,0,1"));
        assertEquals("CSV data:\nline 2: 'x' is not a number\nline 3: expected 3 values, found 2",
                browser.find("#err-csv").getText());
        assertTrue(browser.find("#status").getText().startsWith("CSV data: line 2: 'x' is not a number (and 1 more"),
                browser.find("#status").getText());
        // meanwhile the default run stays on screen
        assertEquals(63L, browser.js("return window.backpropLab.lab.points().length")); // 21 XOR-easy points
    }

    @Test
    void uploadedCsvFileFillsTheBoxAndLoads() throws IOException {
        browser.open(Browser.page("index.html", "v=1&data=csv_xy&h=8&act=tanh&out=identity&loss=mse"));
        Path file = Files.createTempFile("points", ".csv");
        try {
            Files.write(file, "x;y\n-1;0,5\n0;1\n0,5;0,25\n1;2\n".getBytes(StandardCharsets.UTF_8));
            browser.find("#csv-file").sendKeys(file.toAbsolutePath().toString());
            browser.waitFor("the file to load", "return window.backpropLab.lab.get('csv').startsWith('x;y')", 10);
        } finally {
            Files.delete(file);
        }
        assertEquals("4 training, 0 validation and 0 test points", browser.find("#split-summary").getText());
        assertFalse(hidden("#fit-figure"), "no curve plot for x,y data");
        assertTrue(hidden("#boundary-figure"), "a boundary plot for x,y data");
        assertEquals(12L, browser.js("return window.backpropLab.lab.points().length"));
        browser.find("#step").click();
        assertTrue(browser.pixelsNear("#fit-chart", 0, 114, 178) > 100, "the network curve was not drawn");
        assertTrue(browser.pixelsNear("#fit-chart", 230, 159, 0) > 20, "the uploaded points were not drawn");
    }

    @Test
    void threeClassCsvColoursThePlaneByPredictedClass() {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 12; i++) {
            double t = i / 11.0;
            csv.append("0,").append(t).append(",0\n").append("1,").append(t).append(",1\n").append("2,").append(t)
                    .append(",2\n");
        }
        browser.open(Browser.page("index.html", "v=1&data=csv&loss=softmax_ce&out=identity&h=8&act=tanh&opt=adam"
                + "&lr=0.05&epochs=200"));
        setField("csv", csv.toString());
        assertEquals("", browser.find("#err-csv").getText());
        assertEquals(3L, browser.js("return window.backpropLab.lab.classes()"));
        browser.find("#play").click();
        browser.waitFor("200 epochs", "return window.backpropLab.lab.stopped()", 60);
        assertEquals("100.0 %", browser.find("#accuracy").getText());
        assertEquals(9L, browser.js("return document.querySelectorAll('#confusion td').length"));
        // The plane spans x1 from −0.2 to 2.2 (the data's range padded by 10 %); between the columns of points
        // each region has its class's pale colour (35 % of the class colour on white).
        assertColour(new int[] {246, 221, 166}, pixel("#boundary", x1Pixel(-0.1), 180), "class 0 (orange) at x1 = −0.1");
        assertColour(new int[] {166, 206, 228}, pixel("#boundary", x1Pixel(1.25), 180), "class 1 (blue) at x1 = 1.25");
        assertColour(new int[] {166, 221, 206}, pixel("#boundary", x1Pixel(2.1), 180), "class 2 (green) at x1 = 2.1");
        browser.screenshot("train-three-classes");
    }

    @Test
    void typedFormulaSinPiXTrainsAndIsPlottedWithItsDerivative() {
        browser.open(Browser.page("index.html", "v=1&data=formula&f=x&h=12&act=tanh&out=identity&loss=mse&opt=adam"
                + "&lr=0.02&batch=16&epochs=400&n=60"));
        assertFalse(hidden("[data-for=f]"), "the formula hint is hidden for formula data");
        setField("f", "sinn(x)");
        assertTrue(browser.find("#err-f").getText().startsWith("Formula: column 1: "), browser.find("#err-f").getText());
        assertEquals("x", browser.js("return window.backpropLab.lab.get('f')"));
        setField("f", "sin(pi*x)");
        assertEquals("", browser.find("#err-f").getText());
        browser.find("#play").click();
        browser.waitFor("400 epochs", "return window.backpropLab.lab.stopped()", 120);
        double first = ((Number) browser.js("return window.backpropLab.lab.history('loss', 0)[0]")).doubleValue();
        double last = ((Number) browser.js("return window.backpropLab.lab.history('loss', 399)[0]")).doubleValue();
        System.out.println(String.format(Locale.ROOT, "sin(pi*x): MSE %.4g at epoch 1, %.4g at epoch 400", first,
                last));
        assertTrue(last < 0.05 * first, "sin(pi*x) did not train: " + first + " → " + last);
        // the true curve, computed in Java, peaks at 1 at x = 0.5
        double peak = ((Number) browser.js("const p = window.backpropLab.lab.regression();"
                + "const xs = p.xs(), t = p.truth(); let best = 0;"
                + "for (let i = 0; i < xs.length; i++) if (t[i] > t[best]) best = i; return xs[best];")).doubleValue();
        assertEquals(0.5, peak, 1e-12);
        assertTrue(browser.pixelsNear("#fit-chart", 29, 29, 31) > 100, "the true function was not drawn");
        assertTrue(browser.pixelsNear("#fit-chart", 0, 114, 178) > 100, "the network curve was not drawn");
        assertTrue(browser.pixelsNear("#slope-chart", 29, 29, 31) > 100, "the true derivative was not drawn");
        assertTrue(browser.pixelsNear("#slope-chart", 0, 114, 178) > 100, "the network's derivative was not drawn");
        browser.screenshot("train-formula");
    }

    @Test
    void spiralWithHeldOutPointsShowsAllThreeMarkers() {
        browser.open(Browser.page("index.html", "v=1&data=spiral&n=400&noise=0.03&val=0.2&test=0.1&h=16,16"
                + "&act=tanh&opt=adam&lr=0.02&batch=32&epochs=300"));
        assertFalse(hidden("input[data-key=noise]"), "noise is hidden for the spiral");
        assertFalse(hidden("input[data-key=dseed]"), "the data seed is hidden for the spiral");
        assertEquals("280 training, 80 validation and 40 test points", browser.find("#split-summary").getText());
        browser.find("#play").click();
        browser.waitFor("300 epochs", "return window.backpropLab.lab.stopped()", 180);
        assertFalse(hidden("#boundary-legend"), "no legend for the held-out markers");
        assertTrue(browser.pixelsNear("#boundary", 0, 114, 178) > 300, "no blue class on the boundary");
        assertTrue(browser.pixelsNear("#boundary", 230, 159, 0) > 300, "no orange class on the boundary");
        assertTrue(browser.pixelsNear("#loss-chart", 213, 94, 0) > 50, "no validation loss");
        System.out.println("spiral after 300 epochs: accuracy " + browser.find("#accuracy").getText()
                + " training, " + browser.find("#val-accuracy").getText() + " validation, "
                + browser.find("#test-accuracy").getText() + " test");
        browser.screenshot("train-spiral");
    }

    @Test
    void onlyTheSettingsThatMatterAreShown() {
        browser.open(Browser.page("index.html", ""));
        assertTrue(hidden("input[data-key=n]"), "points shown for the fixed XOR set");
        assertTrue(hidden("input[data-key=noise]"), "noise shown for the fixed XOR set");
        assertTrue(hidden("[data-for=csv]"), "CSV box shown without CSV data");
        assertTrue(hidden("input[data-key=f]"), "formula shown without formula data");
        assertFalse(hidden("input[data-key=mom]"), "momentum hidden for the momentum optimizer");
        assertTrue(hidden("input[data-key=b1]"), "β₁ shown for momentum");
        setField("opt", "adam");
        assertTrue(hidden("input[data-key=mom]"), "momentum shown for Adam");
        assertFalse(hidden("input[data-key=b1]") || hidden("input[data-key=b2]") || hidden("input[data-key=eps]"),
                "Adam's β₁, β₂, ε hidden");
        setField("opt", "sgd");
        assertFalse(hidden("#optimizer-none"), "no note that SGD has no settings");
        setField("sched", "step");
        assertFalse(hidden("input[data-key=gamma]") || hidden("input[data-key=every]"), "decay settings hidden");
        setField("init", "normal");
        assertEquals("Mean a", browser.find("#init-a-label").getAttribute("textContent"));
        assertFalse(hidden("input[data-key=ib]"), "the standard deviation is hidden");
        setField("init", "explicit");
        assertFalse(hidden("textarea[data-key=w]"), "explicit weights box hidden");
        setField("data", "runge");
        assertFalse(hidden("input[data-key=n]") || hidden("input[data-key=noise]"), "points or noise hidden for Runge");
        assertTrue(hidden("input[data-key=dseed]"), "data seed shown though nothing is random");
        setField("val", "0.3");
        assertFalse(hidden("input[data-key=dseed]"), "data seed hidden though the split shuffles");
        // The groups of advanced settings start closed: the default view stays short.
        assertEquals(0L, browser.js("return document.querySelectorAll('#controls details[open]').length"));
    }

    @Test
    void projectorLayoutHasNoSidewaysScrollAndPlotsSideBySide() {
        try {
            browser.driver().manage().window().setSize(new Dimension(1280, 720));
            browser.open(Browser.page("index.html", "v=1&data=moons&val=0.2"));
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= innerWidth"),
                    "the page scrolls sideways at 1280 × 720");
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) browser.js("return Array.from(document.querySelectorAll("
                    + "'#diagram-figure, #view-train .output'), c => c.getBoundingClientRect().top)");
            assertEquals(tops.get(0).doubleValue(), tops.get(1).doubleValue(), 1, "plots are not side by side");
            browser.find("#play").click();
            browser.waitFor("some training", "return window.backpropLab.lab.epoch() > 200", 60);
            browser.find("#play").click();
            browser.screenshot("train-projector");

            // Projector mode (large type) at the same size: still no sideways scroll.
            browser.open(Browser.page("index.html", "v=1&data=moons&val=0.2&proj=on"));
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= innerWidth"),
                    "projector mode scrolls sideways at 1280 × 720");
            browser.find("#play").click();
            browser.waitFor("some training", "return window.backpropLab.lab.epoch() > 200", 60);
            browser.find("#play").click();
            browser.screenshot("train-projector-mode");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(Browser.page("index.html", "v=1&data=runge&h=8&act=tanh&out=identity&loss=mse&val=0.2"
                    + "&test=0.2"));
            browser.js("for (let i = 0; i < 3; i++) document.getElementById('step').click();");
            assertEquals("3", browser.find("#epoch").getText());
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= innerWidth"),
                    "the page scrolls sideways on a phone");
            @SuppressWarnings("unchecked")
            List<Number> lefts = (List<Number>) browser.js("return [document.getElementById('controls'),"
                    + " document.querySelector('#view-train .run')].map(e => e.getBoundingClientRect().left)");
            assertEquals(lefts.get(0).doubleValue(), lefts.get(1).doubleValue(), 1, "not a single column on a phone");
            browser.js("document.querySelector('#view-train .run').scrollIntoView()");
            browser.screenshot("train-phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void hundredThousandEpochsKeepThePageResponsive() {
        browser.open(Browser.page("index.html", "v=1&data=and&h=3&act=tanh&opt=adam&lr=0.01&epochs=100000"));
        browser.js("window.frameGaps = []; let last = performance.now();"
                + "(function tick(now) { window.frameGaps.push(now - last); last = now;"
                + " if (!window.backpropLab.lab.stopped() || window.frameGaps.length < 3) requestAnimationFrame(tick); })"
                + "(performance.now());");
        long start = System.nanoTime();
        browser.find("#play").click();
        browser.waitFor("100000 epochs", "return window.backpropLab.lab.stopped()", 300);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("100000", browser.find("#epoch").getText());
        @SuppressWarnings("unchecked")
        List<Number> gaps = (List<Number>) browser.js("return window.frameGaps.slice().sort((a, b) => a - b)");
        double median = gaps.get(gaps.size() / 2).doubleValue();
        double p95 = gaps.get((int) (gaps.size() * 0.95)).doubleValue();
        double redraw = ((Number) browser.js("const c = Chart.getChart('loss-chart'); const t = performance.now();"
                + "c.update('none'); return performance.now() - t;")).doubleValue();
        System.out.println(String.format(Locale.ROOT, "100000 epochs in %.1f s; %d frames, median gap %.1f ms, "
                + "95th percentile %.1f ms; loss chart redraw with 100000 points %.1f ms", seconds, gaps.size(), median,
                p95, redraw));
        assertTrue(median < 100, "median frame gap " + median + " ms"); // a gross guard: the machine may be busy
        assertTrue(redraw < 100, "redrawing the loss chart took " + redraw + " ms");
        assertTrue(browser.pixelsNear("#loss-chart", 0, 114, 178) > 100, "the loss curve was not drawn");
        // The chart holds a bounded trace that still reaches the lowest and highest loss and the last epoch.
        @SuppressWarnings("unchecked")
        List<Number> drawn = (List<Number>) browser.js("const ds = Chart.getChart('loss-chart').data.datasets[0];"
                + "const d = ds._data || ds.data; const ys = d.map(p => p.y);"
                + "return [d.length, Math.min(...ys), Math.max(...ys), d[d.length - 1].x];");
        @SuppressWarnings("unchecked")
        List<Number> exact = (List<Number>) browser.js("const h = Array.from(window.backpropLab.lab.history('loss', 0));"
                + "return [h.length, h.reduce((a, b) => Math.min(a, b)), h.reduce((a, b) => Math.max(a, b))];");
        assertEquals(100000, exact.get(0).intValue());
        assertTrue(drawn.get(0).intValue() <= 4000, drawn.get(0) + " points in the chart");
        assertEquals(exact.get(1).doubleValue(), drawn.get(1).doubleValue(), 0, "the lowest loss is not drawn");
        assertEquals(exact.get(2).doubleValue(), drawn.get(2).doubleValue(), 0, "the highest loss is not drawn");
        assertEquals(100000, drawn.get(3).intValue());
    }

    private static int x1Pixel(double x1) {
        return (int) Math.round((x1 + 0.2) / 2.4 * 360);
    }

    private static int[] pixel(String canvasCss, int x, int y) {
        @SuppressWarnings("unchecked")
        List<Number> rgb = (List<Number>) browser.js("const d = document.querySelector(arguments[0]).getContext('2d')"
                + ".getImageData(arguments[1], arguments[2], 1, 1).data; return [d[0], d[1], d[2]];", canvasCss, x, y);
        return new int[] {rgb.get(0).intValue(), rgb.get(1).intValue(), rgb.get(2).intValue()};
    }

    private static void assertColour(int[] expected, int[] actual, String what) {
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= 12, what + ": got rgb " + java.util.Arrays.toString(actual));
        }
    }

    /** Whether the page hid the element (closed groups of advanced settings don't count: they open on a click). */
    private static boolean hidden(String css) {
        return Boolean.TRUE.equals(browser.js("return document.querySelector(arguments[0]).closest('[hidden]') !== null",
                css));
    }

    /** Types into a control of the Train view and commits it, as leaving the field does. */
    private static void setField(String key, String value) {
        browser.js("const el = document.querySelector('#controls [data-key=' + arguments[0] + ']');"
                + "el.value = arguments[1]; el.dispatchEvent(new Event('change'));", key, value);
    }
}
