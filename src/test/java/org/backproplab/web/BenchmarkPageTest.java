package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backproplab.bench.JvmBenchmark;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark in headless Chromium (not a timed test): bench.html trains the workloads through the engine (batched
 * and sample by sample), a hand-written JavaScript loop of W1 and a blocked JavaScript matrix product of W4's shape
 * (the limit); numpy runs W2 and W4 in matrix form; the Train view's frame times are sampled while it plays. Prints
 * one report with the JVM figures beside the browser's and writes it to target/bench/results.md. Run with
 * {@code mvn -B -o -q verify -Pbench}.
 */
@Tag("bench")
class BenchmarkPageTest {
    /** How long the frame times are sampled while training plays. */
    private static final int FRAME_SECONDS = 5;

    @Test
    void printsEpochsPerSecondInChromiumBesideTheJvmAndTheHandWrittenBaseline() {
        String loadBefore = loadAverage();
        List<JvmBenchmark.Result> jvm = JvmBenchmark.results();
        List<JvmBenchmark.NumpyResult> numpy = JvmBenchmark.numpy();
        Map<String, Object> page;
        try (Browser browser = new Browser(1280, 720)) {
            // A poll waits while a run holds the page's thread (W2 takes seconds): let it wait, not fail.
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
            browser.driver().get(Browser.page("bench.html", "reps=" + JvmBenchmark.REPS_BROWSER));
            browser.waitFor("the benchmark page to finish", "return !!window.benchResults", 1200);
            @SuppressWarnings("unchecked")
            Map<String, Object> results = (Map<String, Object>) browser.js("return window.benchResults");
            page = results;
            browser.screenshot("bench-page");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
        }
        assertNull(page.get("error"), "the benchmark page failed");
        FrameTimes defaults = frameTimes("");
        FrameTimes endless = frameTimes("epochs=1000000");

        StringBuilder md = new StringBuilder("# Benchmark\n\n");
        md.append("Epochs per second: median and fastest of the timed runs, each a fresh run of the workload's link "
                + "to its epoch limit through TrainingRun (the Train view's path), through the batched kernels and, "
                + "alternating run by run, sample by sample (the path they replaced). GFLOP/s counts the three matrix "
                + "products only (Benchmarks.matrixFlopsPerEpoch).\n\n");
        md.append("| workload | epochs | JVM epochs/s | JVM by sample | JVM × | JVM GFLOP/s | Chromium epochs/s | "
                + "Chromium best | Chromium by sample | Chromium × | Chromium GFLOP/s | Chromium / JVM | "
                + "loss bits JVM | "
                + "loss bits Chromium | bit-identical |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> workloads = (List<Map<String, Object>>) page.get("workloads");
        assertEquals(jvm.size(), workloads.size());
        List<String> mismatches = new ArrayList<>();
        Map<String, Double> chromium = new java.util.HashMap<>();
        for (int i = 0; i < jvm.size(); i++) {
            JvmBenchmark.Result j = jvm.get(i);
            Map<String, Object> b = workloads.get(i);
            assertEquals(j.name(), b.get("name"));
            assertEquals(j.epochs(), ((Number) b.get("epochs")).intValue(), j.name() + " epochs in Chromium");
            double eps = ((Number) b.get("epochsPerSecond")).doubleValue();
            chromium.put(j.name(), eps);
            boolean same = j.lossBits().equals(b.get("bits")) && j.lossBits().equals(j.sampleLossBits())
                    && j.lossBits().equals(b.get("sampleBits"));
            if (!same) {
                mismatches.add(j.name());
            }
            md.append("| ").append(j.name()).append(" | ").append(j.epochs()).append(" | ")
                    .append(Math.round(j.epochsPerSecond())).append(" | ").append(Math.round(j.sampleEpochsPerSecond()))
                    .append(" | ").append(fixed(j.epochsPerSecond() / j.sampleEpochsPerSecond(), 2)).append("× | ")
                    .append(fixed(j.gflops(), 2)).append(" | ").append(Math.round(eps)).append(" | ")
                    .append(Math.round(((Number) b.get("bestEpochsPerSecond")).doubleValue())).append(" | ")
                    .append(Math.round(((Number) b.get("sampleEpochsPerSecond")).doubleValue())).append(" | ")
                    .append(fixed(((Number) b.get("speedup")).doubleValue(), 2)).append("× | ")
                    .append(fixed(((Number) b.get("gflops")).doubleValue(), 2)).append(" | ")
                    .append(fixed(eps / j.epochsPerSecond(), 2)).append(" | ").append(j.lossBits()).append(" | ")
                    .append(b.get("bits")).append(Boolean.TRUE.equals(b.get("deterministic")) ? "" : " (varies!)")
                    .append(" | ").append(same ? "yes (both paths)" : "**no**").append(" |\n");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> limit = (Map<String, Object>) page.get("limit");
        double limitGflops = ((Number) limit.get("gflops")).doubleValue();
        md.append("\nThe limit: a register-blocked Float64Array matrix product in plain JavaScript, ").append(limit.get(
                "shape")).append(" (W4's widest), each sum over k in order: ").append(fixed(((Number) limit.get(
                "gflops4x4")).doubleValue(), 2)).append(" GFLOP/s with 4×4 blocks, ").append(fixed(((Number) limit.get(
                "gflops4x8")).doubleValue(), 2)).append(" with 4×8 (medians, timed alternately with W4's runs)")
                .append(Boolean.TRUE.equals(limit.get("sameAsNaive")) ? "; bit-identical to the naive loop" : "; **not "
                        + "equal to the naive loop**").append(". Engine W4 in Chromium: ").append(fixed(((Number) limit
                        .get("engineGflops")).doubleValue(), 2)).append(" GFLOP/s = **").append(fixed(((Number) limit
                        .get("ratio")).doubleValue() * 100, 1)).append(" %** of the faster blocking (").append(fixed(
                        limitGflops, 2)).append("), ").append(fixed(((Number) limit.get("bestRatio")).doubleValue()
                        * 100, 1)).append(" % fastest run to fastest run. Each limit run does ").append(limit.get(
                        "products")).append(" products, the matrix work of one W4 run.\n");
        md.append("\nnumpy, matrix form:\n\n").append(JvmBenchmark.numpyTable(numpy, jvm, chromium));
        md.append("\nLinks: ");
        for (JvmBenchmark.Result j : jvm) {
            md.append(j.name()).append(" `#").append(j.fragment()).append("`  ");
        }
        md.append("\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> base = (Map<String, Object>) page.get("baseline");
        double baseEps = ((Number) base.get("epochsPerSecond")).doubleValue();
        double ratio = ((Number) base.get("ratio")).doubleValue();
        md.append("\nHand-written JavaScript (Float64Array loops, Math.exp) of ").append(base.get("of")).append(": ")
                .append(Math.round(baseEps)).append(" epochs/s. Engine / hand-written in Chromium: **")
                .append(fixed(ratio, 3)).append("×** on medians, ")
                .append(fixed(((Number) base.get("bestRatio")).doubleValue(), 3))
                .append("× on the fastest runs (target ≥ 0.8×; the two alternate run by run).\n");
        md.append("Final loss: engine ").append(base.get("engineBits")).append(", hand-written ").append(base.get("bits"))
                .append(Boolean.TRUE.equals(base.get("equal")) ? " — bit-identical" : " — differ by "
                        + ((Number) base.get("loss")).doubleValue() + " − " + ((Number) base.get("engineLoss"))
                        .doubleValue()).append(".\n");
        md.append("\nTrain view frame times at 1280×720 while training plays (requestAnimationFrame deltas):\n\n");
        md.append("| experiment | frames | median ms | p95 ms | max ms | frames > 20 ms | epochs trained |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        md.append(defaults.row("default (XOR-easy, 5000 epochs)"));
        md.append(endless.row("default with epochs=1000000, " + FRAME_SECONDS + " s"));
        md.append("\nTimed runs per workload: JVM ").append(JvmBenchmark.REPS).append(" after ").append(JvmBenchmark.WARM)
                .append(" warm-up, Chromium ").append(page.get("reps")).append(" after ").append(page.get("warm"))
                .append(" warm-up.\n");
        md.append("Chromium: ").append(page.get("userAgent")).append("\n");
        md.append("JVM: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty(
                "java.version")).append("\n");
        md.append("Load average at the start: ").append(loadBefore).append(", when done: ").append(loadAverage())
                .append(" (2-core machine shared with other work: figures are noisy).\n");
        if (!mismatches.isEmpty()) {
            md.append("\nNot bit-identical (JVM and Chromium, batched and sample by sample): ").append(mismatches)
                    .append(".\n");
        }
        // the unit pictures' frame rates (UnitPicturesBenchmarkPageTest), when measured, stay in the report
        String pictures = JvmBenchmark.section("results.md", UnitPicturesBenchmarkPageTest.HEADING);
        if (!pictures.isEmpty()) {
            md.append("\n").append(pictures);
        }
        Path file = JvmBenchmark.write("results.md", md.toString());
        System.out.println(md);
        System.out.println("(written to " + file + ")");
        assertTrue(defaults.frames > 0 && endless.frames > 0, "no animation frames were recorded");
        assertTrue(mismatches.isEmpty(), "loss bits differ between paths or platforms: " + mismatches);
        for (JvmBenchmark.NumpyResult r : numpy) {
            assertNull(r.problem(), "numpy benchmark of " + r.name()); // reported in the table above, then failed
        }
    }

    /** rAF deltas of the Train view while it plays the default experiment with extra link fields. */
    private static FrameTimes frameTimes(String extra) {
        try (Browser browser = new Browser(1280, 720)) {
            // at full speed: "auto", the default pace, would spread the run over ten seconds
            browser.open(Browser.page("index.html", "v=2&speed=max" + (extra.isEmpty() ? "" : "&" + extra)));
            browser.js("window.frameDeltas = []; window.frameDone = false;"
                    + "const play = document.getElementById('play');"
                    + "let last = null; const t0 = performance.now();"
                    + "function tick(t) {"
                    + "  const playing = play.getAttribute('aria-pressed') === 'true';"
                    + "  if (last !== null && playing) window.frameDeltas.push(t - last);"
                    + "  last = t;"
                    + "  if (playing && t - t0 < " + (FRAME_SECONDS * 1000) + ") requestAnimationFrame(tick);"
                    + "  else window.frameDone = true;"
                    + "}"
                    + "play.click(); requestAnimationFrame(tick);");
            browser.waitFor("frame sampling", "return window.frameDone", FRAME_SECONDS + 30);
            @SuppressWarnings("unchecked")
            List<Number> deltas = (List<Number>) browser.js("return window.frameDeltas");
            int epochs = ((Number) browser.js("return window.backpropLab.lab.epoch()")).intValue();
            browser.screenshot("bench-train-" + (extra.isEmpty() ? "default" : "endless"));
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), "console errors: " + errors);
            double[] ms = deltas.stream().mapToDouble(Number::doubleValue).sorted().toArray();
            return new FrameTimes(ms, epochs);
        }
    }

    private static final class FrameTimes {
        final double[] sorted;
        final int frames;
        final int epochs;

        FrameTimes(double[] sorted, int epochs) {
            this.sorted = sorted;
            this.frames = sorted.length;
            this.epochs = epochs;
        }

        String row(String what) {
            if (frames == 0) {
                return "| " + what + " | 0 | – | – | – | – | " + epochs + " |\n";
            }
            long slow = java.util.Arrays.stream(sorted).filter(t -> t > 20).count();
            return "| " + what + " | " + frames + " | " + fixed(JvmBenchmark.percentile(sorted, 50), 1) + " | "
                    + fixed(JvmBenchmark.percentile(sorted, 95), 1) + " | " + fixed(sorted[frames - 1], 1) + " | "
                    + slow + " | " + epochs + " |\n";
        }
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v); // test report only, never shown by the page
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return fixed(l, 2);
    }
}
