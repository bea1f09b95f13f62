package org.backproplab.experiment.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.text.Numbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reference cases W1 and W2 (shared/reference/worksheets-W1-W2.json, computed independently with numpy): every
 * number the worksheet shows must be the reference value formatted to 6 decimals, and the double behind it must be
 * within {@link #TOLERANCE} of the reference.
 *
 * <p>The JSON holds W, s, x, δ and ∂E/∂W (and for W1 the updated weights and the forward pass after them). The other
 * numbers the worksheet shows are derived here from those reference values by the course's formulas, written out
 * below: E and ∂E/∂y from y and t, f′ from s and x, ∂E/∂x⁽ˡ⁾ = Σₖ W⁽ˡ⁺¹⁾ⱼₖ δ⁽ˡ⁺¹⁾ₖ, W2's update W − η·∂E/∂W and the
 * forward pass after it.
 */
class WorksheetGoldenTest {
    /**
     * Largest difference allowed between a shown double and the reference. Measured: 5.6e-15, at W1's s⁽³⁾ after the
     * update (rounding in the update, carried through two layers); before the update at most 1.4e-15.
     */
    static final double TOLERANCE = 1e-13;
    /** Central differences with h = 1e-6 err by about h² (truncation) plus 1e-16/h (rounding): well inside 1e-9. */
    static final double FINITE_DIFFERENCE_TOLERANCE = 1e-9;

    private static JsonNode w1;
    private static JsonNode w2Sse;
    private static JsonNode w2Half;

    @BeforeAll
    static void loadReference() throws IOException {
        Path file = Path.of(System.getProperty("reference.dir", "../shared/reference"), "worksheets-W1-W2.json");
        if (!Files.isRegularFile(file)) {
            fail("reference file missing: " + file.toAbsolutePath() + " (set -Dreference.dir)");
        }
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        w1 = all.get(0);
        w2Sse = all.get(1);
        w2Half = all.get(2);
        assertEquals("W1_tanh_square_root_error", w1.get("name").asText());
        assertTrue(w2Sse.get("name").asText().contains("SSE"));
        assertTrue(w2Half.get("name").asText().contains("half"));
    }

    @AfterAll
    static void report() {
        System.out.println("worksheet golden: largest |shown − reference| = " + largestDifference
                + " at " + largestAt + "; before the update " + largestBeforeUpdate);
    }

    static ExperimentState preset(String id, BiasConvention convention) {
        ExperimentState state = new ExperimentState().with(WorksheetFields.BIAS, convention.id());
        WorksheetPresets.apply(state, WorksheetPresets.byId(id));
        return state;
    }

    static WorksheetStep firstStep(String presetId, BiasConvention convention) {
        return Worksheet.of(preset(presetId, convention)).current();
    }

    @Test
    void w1EveryShownNumberMatchesTheReferenceWithBiasAsRowZero() {
        int checked = assertEveryNumberMatches(firstStep("w1", BiasConvention.ROW0), expected(w1, "abs",
                new String[][] {{"tanh", "tanh"}, {"tanh"}, {"tanh"}}, 0.5, true));
        assertTrue(checked > 60, "only " + checked + " numbers checked");
    }

    @Test
    void w1EveryShownNumberMatchesTheReferenceWithSeparateBiases() {
        assertEveryNumberMatches(firstStep("w1", BiasConvention.SEPARATE), expected(w1, "abs",
                new String[][] {{"tanh", "tanh"}, {"tanh"}, {"tanh"}}, 0.5, true));
    }

    @Test
    void w2WithSumOfSquaresMatchesTheReferenceInBothConventions() {
        String[][] acts = {{"tanh", "tanh"}, {"tanh", "sigmoid"}, {"gelu_tanh"}};
        for (BiasConvention c : BiasConvention.values()) {
            assertEveryNumberMatches(firstStep("w2-sse", c), expected(w2Sse, "sse", acts, 0.1, false));
        }
    }

    @Test
    void w2WithHalfSumOfSquaresMatchesTheReferenceInBothConventions() {
        String[][] acts = {{"tanh", "tanh"}, {"tanh", "sigmoid"}, {"gelu_tanh"}};
        for (BiasConvention c : BiasConvention.values()) {
            assertEveryNumberMatches(firstStep("w2-half", c), expected(w2Half, "half_sse", acts, 0.1, false));
        }
    }

    @Test
    void w1ForwardPassAfterTheUpdateIsTheReferencesAndMatchesTheCoursesRoundedPrint() {
        WorksheetStep step = firstStep("w1", BiasConvention.ROW0);
        JsonNode after = w1.get("after_update");
        assertEquals(Numbers.fixed(after.get("s").get(0).get(0).asDouble(), 6), text(step, "after:s:1:1"));
        // The course printed s⁽¹⁾ = [1.025, 0.35] and x⁽³⁾ ≈ 0.92 after rounding by hand; the exact values:
        assertEquals("1.030808", text(step, "after:s:1:1"));
        assertEquals("0.343363", text(step, "after:s:1:2"));
        assertEquals("0.915314", text(step, "after:x:3:1"));
        // and the course's updated weights to its 2-3 printed digits
        assertEquals(0.165, value(step, "new:W:1:0:1"), 0.0015);
        assertEquals(0.43, value(step, "new:W:1:1:1"), 0.005);
        assertEquals(-2.92, value(step, "new:W:2:2:1"), 0.005);
        assertEquals(1.28, value(step, "new:W:3:0:1"), 0.005);
    }

    @Test
    void bothBiasConventionsShowIdenticalNumbersForTheSameNetwork() {
        for (String id : new String[] {"w1", "w2-sse", "w2-half", "w3"}) {
            Map<String, Cell> row0 = cells(firstStep(id, BiasConvention.ROW0));
            Map<String, Cell> separate = cells(firstStep(id, BiasConvention.SEPARATE));
            Map<String, Cell> row0WithoutBiasEntries = new LinkedHashMap<>(row0);
            row0WithoutBiasEntries.keySet().removeIf(k -> k.matches("(after:)?x:\\d+:0"));
            assertEquals(new TreeSet<>(row0WithoutBiasEntries.keySet()), new TreeSet<>(separate.keySet()), id);
            for (Map.Entry<String, Cell> e : separate.entrySet()) {
                Cell other = row0.get(e.getKey());
                assertEquals(other.text(), e.getValue().text(), id + " " + e.getKey());
                assertEquals(Double.doubleToLongBits(other.value()), Double.doubleToLongBits(e.getValue().value()),
                        id + " " + e.getKey());
            }
        }
    }

    // ---- expected values ----------------------------------------------------------------------------------------

    /** Every quantity the worksheet shows for a reference case, by cell key. */
    static Map<String, Double> expected(JsonNode ref, String loss, String[][] acts, double eta, boolean hasUpdate) {
        Map<String, Double> e = new LinkedHashMap<>();
        JsonNode weights = ref.get("weights");
        JsonNode step = ref.get("step");
        int layers = weights.size();
        double t = ref.get("target").asDouble();
        putForward(e, "", weights, step.get("s"), step.get("x"));
        for (int l = 1; l <= layers; l++) {
            JsonNode w = weights.get(l - 1);
            JsonNode g = step.get("grad").get(l - 1);
            for (int i = 0; i < w.size(); i++) {
                for (int j = 1; j <= w.get(i).size(); j++) {
                    e.put("W:" + l + ":" + i + ":" + j, w.get(i).get(j - 1).asDouble());
                    e.put("g:" + l + ":" + i + ":" + j, g.get(i).get(j - 1).asDouble());
                }
            }
            JsonNode delta = step.get("delta").get(l - 1);
            for (int j = 1; j <= delta.size(); j++) {
                e.put("d:" + l + ":" + j, delta.get(j - 1).asDouble());
                double s = step.get("s").get(l - 1).get(j - 1).asDouble();
                double x = e.get("x:" + l + ":" + j);
                e.put("fp:" + l + ":" + j, derivative(acts[l - 1][j - 1], s, x));
                if (l < layers) {
                    // ∂E/∂x⁽ˡ⁾ⱼ = Σₖ W⁽ˡ⁺¹⁾ⱼₖ δ⁽ˡ⁺¹⁾ₖ (row j of W⁽ˡ⁺¹⁾: row 0 is the bias row)
                    JsonNode next = weights.get(l).get(j);
                    JsonNode nextDelta = step.get("delta").get(l);
                    double sum = 0;
                    for (int k = 0; k < nextDelta.size(); k++) {
                        sum += next.get(k).asDouble() * nextDelta.get(k).asDouble();
                    }
                    e.put("dEdx:" + l + ":" + j, sum);
                }
            }
        }
        double y = e.get("x:" + layers + ":1");
        e.put("t:1", t);
        e.put("E", loss(loss, y, t));
        e.put("dEdx:" + layers + ":1", switch (loss) {
            case "abs" -> Math.signum(y - t); // d|y − t|/dy
            case "sse" -> 2 * (y - t);
            case "half_sse" -> y - t;
            default -> throw new AssertionError(loss);
        });
        // W ← W − η ∂E/∂W: from the reference for W1; for W2 (no update printed) computed here
        Map<String, Double> updated = new LinkedHashMap<>();
        for (int l = 1; l <= layers; l++) {
            JsonNode w = weights.get(l - 1);
            for (int i = 0; i < w.size(); i++) {
                for (int j = 1; j <= w.get(i).size(); j++) {
                    String k = l + ":" + i + ":" + j;
                    double value = hasUpdate ? ref.get("updated_weights").get(l - 1).get(i).get(j - 1).asDouble()
                            : e.get("W:" + k) - eta * e.get("g:" + k);
                    updated.put(k, value);
                    e.put("new:W:" + k, value);
                }
            }
        }
        if (hasUpdate) {
            JsonNode after = ref.get("after_update");
            putForward(e, "after:", weights, after.get("s"), after.get("x"));
        } else {
            putIndependentForward(e, updated, step.get("x").get(0), acts);
        }
        e.put("after:E", loss(loss, e.get("after:x:" + layers + ":1"), t));
        putChecks(e, layers, step.get("x").get(0).size() - 1);
        return e;
    }

    /**
     * The quantities of the two check sections, from the independent ones already in {@code e} (one output):
     * a finite difference estimates its gradient g:l:i:j (compared to {@link #FINITE_DIFFERENCE_TOLERANCE});
     * ∂E/∂x⁽⁰⁾ᵢ = Σⱼ W⁽¹⁾ᵢⱼ δ⁽¹⁾ⱼ; and since ∂E/∂x⁽⁰⁾ = ∂E/∂y · ∂y/∂x⁽⁰⁾, the Jacobian row is their ratio.
     */
    static void putChecks(Map<String, Double> e, int layers, int inputs) {
        for (String key : List.copyOf(e.keySet())) {
            if (key.startsWith("g:")) {
                e.put("fd:" + key.substring(2), e.get(key));
            }
        }
        double dEdy = e.get("dEdx:" + layers + ":1");
        for (int i = 1; i <= inputs; i++) {
            double sum = 0;
            for (int j = 1; e.containsKey("d:1:" + j); j++) {
                sum += e.get("W:1:" + i + ":" + j) * e.get("d:1:" + j);
            }
            e.put("dEdx:0:" + i, sum);
            e.put("J:1:" + i, sum / dEdy);
        }
    }

    /** s and x from reference arrays: x⁽ˡ⁾ with its bias entry 1 first below the output, without it at the output. */
    private static void putForward(Map<String, Double> e, String prefix, JsonNode weights, JsonNode s, JsonNode x) {
        int layers = weights.size();
        for (int l = 0; l <= layers; l++) {
            JsonNode xl = x.get(l);
            int first = l < layers ? 0 : 1; // index of the entry in the JSON array for unit i
            for (int a = 0; a < xl.size(); a++) {
                e.put(prefix + "x:" + l + ":" + (a + first), xl.get(a).asDouble());
            }
            if (l > 0) {
                for (int j = 1; j <= s.get(l - 1).size(); j++) {
                    e.put(prefix + "s:" + l + ":" + j, s.get(l - 1).get(j - 1).asDouble());
                }
            }
        }
    }

    /** The forward pass written out: sⱼ = Σᵢ xᵢ Wᵢⱼ with x₀ = 1, x = f(s) with java.lang.Math. */
    private static void putIndependentForward(Map<String, Double> e, Map<String, Double> w, JsonNode input,
            String[][] acts) {
        double[] x = new double[input.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = input.get(i).asDouble(); // x[0] = 1, the bias input
            e.put("after:x:0:" + i, x[i]);
        }
        for (int l = 1; l <= acts.length; l++) {
            int units = acts[l - 1].length;
            double[] next = new double[units + 1];
            next[0] = 1;
            for (int j = 1; j <= units; j++) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    s += x[i] * w.get(l + ":" + i + ":" + j);
                }
                next[j] = apply(acts[l - 1][j - 1], s);
                e.put("after:s:" + l + ":" + j, s);
                e.put("after:x:" + l + ":" + j, next[j]);
            }
            if (l < acts.length) {
                e.put("after:x:" + l + ":0", 1.0);
            }
            x = next;
        }
    }

    private static double loss(String loss, double y, double t) {
        return switch (loss) {
            case "abs" -> Math.sqrt((y - t) * (y - t)); // the course's square-root error
            case "sse" -> (y - t) * (y - t);
            case "half_sse" -> 0.5 * (y - t) * (y - t);
            default -> throw new AssertionError(loss);
        };
    }

    private static final double C = Math.sqrt(2 / Math.PI);

    private static double apply(String act, double s) {
        return switch (act) {
            case "tanh" -> Math.tanh(s);
            case "sigmoid" -> 1 / (1 + Math.exp(-s));
            case "gelu_tanh" -> 0.5 * s * (1 + Math.tanh(C * (s + 0.044715 * s * s * s)));
            default -> throw new AssertionError(act);
        };
    }

    private static double derivative(String act, double s, double x) {
        return switch (act) {
            case "tanh" -> 1 - x * x;
            case "sigmoid" -> x * (1 - x);
            case "gelu_tanh" -> {
                // d/ds ½s(1 + tanh u), u = C(s + 0.044715 s³): ½(1 + tanh u) + ½ s (1 − tanh² u) C (1 + 3·0.044715 s²)
                double th = Math.tanh(C * (s + 0.044715 * s * s * s));
                yield 0.5 * (1 + th) + 0.5 * s * (1 - th * th) * C * (1 + 3 * 0.044715 * s * s);
            }
            default -> throw new AssertionError(act);
        };
    }

    // ---- checking -----------------------------------------------------------------------------------------------

    static double largestDifference;
    static String largestAt = "";
    static double largestBeforeUpdate;

    /** Asserts every numeric cell against {@code expected}; returns how many cells were checked. */
    static int assertEveryNumberMatches(WorksheetStep step, Map<String, Double> expected) {
        int checked = 0;
        TreeSet<String> shown = new TreeSet<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (!cell.isNumber()) {
                            continue;
                        }
                        Double want = expected.get(cell.key());
                        assertNotNull(want, "no reference for " + cell.key() + " in " + table.id());
                        String where = table.id() + " " + row.label() + " " + cell.key();
                        if (cell.kind() == Cell.Kind.BIAS) {
                            // the constant input 1 of the bias row, shown as the course writes it
                            assertEquals(1.0, want, where);
                            assertEquals("1", cell.text(), where);
                        } else {
                            // an exact zero shows without a sign (x·δ = −0.0 for x = 0, δ < 0 is still zero)
                            assertEquals(Numbers.fixed(want == 0 ? 0.0 : want, 6), cell.text(), where);
                        }
                        double diff = Math.abs(cell.value() - want);
                        if (!cell.key().startsWith("after:") && !cell.key().startsWith("new:") && !cell.key().startsWith("fd:")) {
                            largestBeforeUpdate = Math.max(largestBeforeUpdate, diff);
                        }
                        if (diff > largestDifference && !cell.key().startsWith("fd:")) {
                            largestDifference = diff;
                            largestAt = step.setup().loss().id() + " " + cell.key();
                        }
                        double tolerance = cell.key().startsWith("fd:") ? FINITE_DIFFERENCE_TOLERANCE : TOLERANCE;
                        assertTrue(diff <= tolerance, where + ": " + cell.value() + " vs " + want);
                        shown.add(cell.key());
                        checked++;
                    }
                }
            }
        }
        TreeSet<String> quantities = new TreeSet<>(expected.keySet());
        if (step.setup().convention() == BiasConvention.SEPARATE) {
            // with a separate b there is no bias entry 1 in x
            quantities.removeIf(k -> k.matches("(after:)?x:\\d+:0"));
        }
        assertEquals(quantities, shown, "every reference quantity is shown");
        return checked;
    }

    static Map<String, Cell> cells(WorksheetStep step) {
        Map<String, Cell> out = new LinkedHashMap<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (cell.isNumber()) {
                            Cell before = out.put(cell.key(), cell);
                            if (before != null) {
                                assertEquals(before.text(), cell.text(), "the same quantity shown twice differs");
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    static String text(WorksheetStep step, String key) {
        return cells(step).get(key).text();
    }

    static double value(WorksheetStep step, String key) {
        return cells(step).get(key).value();
    }
}
