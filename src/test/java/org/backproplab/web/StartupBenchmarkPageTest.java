package org.backproplab.web;

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
 * Start-up in headless Chromium with the CPU slowed 4× (DevTools' Emulation.setCPUThrottlingRate, as Lighthouse's
 * mobile profile does): Largest Contentful Paint and the longest task (PerformanceObserver "longtask") from the
 * first byte until a second after the page is ready ({@code <html data-ready>}: the engine started and the view
 * drawn), with app.js's start-up parts (its {@code start: …} performance marks and measures). Targets: LCP under
 * 2.5 s, no task over 200 ms. Prints and writes target/bench/startup.md; not a timed test (run with {@code mvn -B verify -Pbench}).
 */
@Tag("bench")
class StartupBenchmarkPageTest {
    private static final int RUNS = Integer.getInteger("startup.runs", 3);
    private static final String OBSERVE = "window.startup = { lcp: 0, lcpElement: '', tasks: [] };"
            + "new PerformanceObserver(l => { for (const e of l.getEntries()) { window.startup.lcp = e.startTime;"
            + "  window.startup.lcpElement = e.element ? e.element.tagName + (e.element.id ? '#' + e.element.id : '')"
            + "  + (e.element.className ? '.' + String(e.element.className).split(' ')[0] : '') : ''; } })"
            + ".observe({ type: 'largest-contentful-paint', buffered: true });"
            + "new PerformanceObserver(l => { for (const e of l.getEntries()) window.startup.tasks.push("
            + "  [e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });";

    @Test
    void measuresLargestContentfulPaintAndTheLongestStartUpTaskAt4xCpuThrottling() {
        StringBuilder md = new StringBuilder("# Start-up\n\nHeadless Chromium at 1280×720, CPU throttled 4× "
                + "(Emulation.setCPUThrottlingRate), page opened from disk; " + RUNS + " loads each.\n\n"
                + "| link | LCP ms (each load) | LCP element | longest task ms (each load) | tasks > 50 ms |\n"
                + "|---|---|---|---|---|\n");
        StringBuilder details = new StringBuilder();
        double worstLcp = 0;
        double worstTask = 0;
        for (String link : new String[] {"", "v=2&lang=zh-TW", "v=2&proj=on"}) {
            List<Double> lcps = new ArrayList<>();
            List<Double> longest = new ArrayList<>();
            String element = "";
            int tasks = 0;
            Map<String, List<Double>> phases = new java.util.LinkedHashMap<>();
            String lastTasks = "";
            for (int run = 0; run < RUNS; run++) {
                try (Browser browser = new Browser(1280, 720)) {
                    browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE));
                    browser.driver().executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
                    browser.driver().get(Browser.page("index.html", link));
                    browser.waitFor("the page to be ready", "return document.readyState === 'complete'"
                            + " && !!document.documentElement.dataset.ready", 60);
                    browser.js("return new Promise(r => setTimeout(r, 1000))");
                    @SuppressWarnings("unchecked")
                    List<List<Object>> measured = (List<List<Object>>) browser.js("return performance.getEntries()"
                            + ".filter(e => e.name.startsWith('start: '))"
                            + ".map(e => [e.name.slice(7), e.entryType === 'mark' ? e.startTime : e.duration])");
                    for (List<Object> m : measured) {
                        phases.computeIfAbsent((String) m.get(0), k -> new ArrayList<>()).add(((Number) m.get(1)).doubleValue());
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) browser.js("return window.startup");
                    lcps.add(((Number) s.get("lcp")).doubleValue());
                    element = (String) s.get("lcpElement");
                    @SuppressWarnings("unchecked")
                    List<List<Number>> t = (List<List<Number>>) s.get("tasks");
                    tasks += t.size();
                    lastTasks = String.join(", ", t.stream().map(e -> Math.round(e.get(0).doubleValue()) + "+"
                            + Math.round(e.get(1).doubleValue())).toArray(String[]::new));
                    longest.add(t.stream().mapToDouble(e -> e.get(1).doubleValue()).max().orElse(0));
                    browser.screenshot("startup-" + (link.isEmpty() ? "default" : link.replace("&", "-").replace("=", "-")));
                }
            }
            worstLcp = Math.max(worstLcp, lcps.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            worstTask = Math.max(worstTask, longest.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            md.append("| `").append(link.isEmpty() ? "(none)" : link).append("` | ").append(list(lcps)).append(" | ")
                    .append(element).append(" | ").append(list(longest)).append(" | ").append(tasks).append(" |\n");
            StringBuilder p = new StringBuilder();
            phases.forEach((name, ms) -> p.append(p.length() == 0 ? "" : "; ").append(name).append(" ").append(list(ms)));
            details.append("- `").append(link.isEmpty() ? "(none)" : link).append("`: ").append(p)
                    .append("; the last load's tasks over 50 ms (start+duration): ").append(lastTasks).append("\n");
        }
        md.append("\nStart-up parts, ms (each load; a mark's time from the first byte, a part's duration: app.js's"
                + " `start: …` performance measures):\n\n").append(details);
        md.append("\nWorst LCP ").append(Math.round(worstLcp)).append(" ms (target < 2500), worst task ")
                .append(Math.round(worstTask)).append(" ms (target ≤ 200). Load average when done: ")
                .append(String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage())).append(".\n");
        Path file = JvmBenchmark.write("startup.md", md.toString());
        System.out.println(md);
        System.out.println("(written to " + file + ")");
        assertTrue(worstLcp > 0, "no Largest Contentful Paint was recorded");
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.valueOf(Math.round(v))).toArray(String[]::new));
    }
}
