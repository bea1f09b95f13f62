package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backproplab.bench.JvmBenchmark;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Train view's frames while it trains at full pace with every unit's picture live (issue 27), in headless
 * Chromium at 1280×720: frames per second for 2-10-10-1 (target ≥ 50) and the longest frame for 6 hidden layers of
 * 8 units (target ≤ 100 ms), each beside the same run with the pictures off. Not a timed test: it prints, writes
 * target/bench/unit-pictures.md and a section of target/bench/results.md, and fails only when nothing was measured.
 * Run with {@code bash .ci/test -Pbench -Dtest=UnitPicturesBenchmarkPageTest}.
 */
@Tag("bench")
class UnitPicturesBenchmarkPageTest {
    static final String HEADING = "## Unit pictures (issue 27)";
    private static final int SECONDS = 10;
    private static final String[][] RUNS = {
        {"2-10-10-1 (the default, XOR-easy)", "v=2&speed=max&epochs=1000000"},
        {"2-8-8-8-8-8-8-1 (6 layers × 8 units)", "v=2&h=8,8,8,8,8,8&speed=max&epochs=1000000"},
    };

    @Test
    void framesWhileTrainingAtFullPaceWithEveryPictureLive() {
        String loadBefore = loadAverage();
        StringBuilder md = new StringBuilder(HEADING + "\n\n");
        md.append("Headless Chromium at 1280×720, the Train view playing at full pace (speed=max) for ").append(SECONDS)
                .append(" s per row, rows alternating pictures on and off; frame times are requestAnimationFrame "
                        + "deltas. \"Redraws\" counts the diagram's redraws (each one engine pass over the 20 × 20 "
                        + "grid for every unit, then the drawing); \"redraw ms\" is its smoothed cost at the end.\n\n");
        md.append("| network | pictures | frames | fps | median ms | p95 ms | longest ms | frames > 20 ms | "
                + "diagram redraws/s | redraw ms | epochs/s |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int frames = 0;
        for (String[] run : RUNS) {
            for (boolean on : new boolean[] {true, false}) {
                Map<String, Object> r = measure(run[1], on);
                @SuppressWarnings("unchecked")
                List<Number> deltas = (List<Number>) r.get("deltas");
                double[] ms = deltas.stream().mapToDouble(Number::doubleValue).sorted().toArray();
                double elapsed = ((Number) r.get("elapsed")).doubleValue() / 1000;
                frames += ms.length;
                long slow = java.util.Arrays.stream(ms).filter(t -> t > 20).count();
                md.append("| ").append(run[0]).append(" | ").append(on ? "on" : "off").append(" | ").append(ms.length)
                        .append(" | ").append(fixed(ms.length / elapsed, 1)).append(" | ")
                        .append(fixed(JvmBenchmark.percentile(ms, 50), 1)).append(" | ")
                        .append(fixed(JvmBenchmark.percentile(ms, 95), 1)).append(" | ")
                        .append(fixed(ms.length == 0 ? 0 : ms[ms.length - 1], 1)).append(" | ").append(slow)
                        .append(" | ").append(fixed(((Number) r.get("redraws")).doubleValue() / elapsed, 1))
                        .append(" | ").append(fixed(((Number) r.get("cost")).doubleValue(), 2)).append(" | ")
                        .append(Math.round(((Number) r.get("epochs")).doubleValue() / elapsed)).append(" |\n");
            }
        }
        md.append("\nTargets on the 2-core machine: ≥ 50 fps for 2-10-10-1 with every picture live, no frame over "
                + "100 ms for 6 × 8. Load average at the start: ").append(loadBefore).append(", when done: ")
                .append(loadAverage()).append(" (2 cores shared with other work: figures are noisy).\n");
        String text = md.toString();
        JvmBenchmark.write("unit-pictures.md", "# Benchmark\n\n" + text);
        // into the shared report: after the main benchmark's part, replacing an earlier measurement of this one
        String old = JvmBenchmark.section("results.md", HEADING);
        String results = readResults().replace(old, "");
        Path file = JvmBenchmark.write("results.md", (results.isEmpty() ? "# Benchmark\n\n" : results.endsWith("\n")
                ? results + "\n" : results + "\n\n") + text);
        System.out.println(text);
        System.out.println("(written to " + file + ")");
        assertTrue(frames > 0, "no animation frames were recorded");
    }

    private static String readResults() {
        Path file = java.nio.file.Paths.get("target", "bench", "results.md");
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).stripTrailing() : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** rAF deltas, epochs and diagram redraws while the link plays for SECONDS, pictures on or off. */
    private static Map<String, Object> measure(String link, boolean pictures) {
        try (Browser browser = new Browser(1280, 720)) {
            browser.open(Browser.page("index.html", link));
            browser.js("backpropLab.diagram.setPictures(arguments[0])", pictures);
            browser.waitFor("the diagram", "return !!document.getElementById('diagram').dataset.version", 10);
            browser.js("window.bench = { deltas: [], redraws: 0, done: false };"
                    + "const play = document.getElementById('play'); const canvas = document.getElementById('diagram');"
                    + "let last = null; let version = canvas.dataset.version; let t0 = null; let e0 = 0;"
                    + "function tick(t) {"
                    + "  if (t0 === null) { t0 = t; e0 = backpropLab.lab.epoch(); }"
                    + "  if (last !== null) window.bench.deltas.push(t - last);"
                    + "  if (canvas.dataset.version !== version) { version = canvas.dataset.version; window.bench.redraws++; }"
                    + "  last = t;"
                    + "  if (t - t0 < " + (SECONDS * 1000) + ") { requestAnimationFrame(tick); return; }"
                    + "  window.bench.elapsed = t - t0; window.bench.epochs = backpropLab.lab.epoch() - e0;"
                    + "  window.bench.cost = backpropLab.diagram.drawCost(); window.bench.done = true; play.click();"
                    + "}"
                    + "play.click(); requestAnimationFrame(tick);");
            browser.waitFor("frame sampling", "return window.bench.done", SECONDS + 60);
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) browser.js("return window.bench");
            browser.screenshot("bench-unit-pictures-" + (link.contains("h=8") ? "6x8" : "default") + (pictures ? ""
                    : "-off"));
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
            return r;
        }
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v); // test report only, never shown by the page
    }

    private static String loadAverage() {
        return fixed(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
    }
}
