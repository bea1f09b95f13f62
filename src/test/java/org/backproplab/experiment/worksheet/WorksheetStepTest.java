package org.backproplab.experiment.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.Loss;
import org.backproplab.experiment.ExperimentState;
import org.junit.jupiter.api.Test;

/** Stepping on from the updated weights, the formulas beside the tables, and the exports of exactly what is shown. */
class WorksheetStepTest {
    private static WorksheetStep w1() {
        return WorksheetGoldenTest.firstStep("w1", BiasConvention.ROW0);
    }

    @Test
    void nextStepStartsFromTheUpdatedWeightsAndRepeatsTheirForwardPass() {
        Worksheet sheet = Worksheet.of(WorksheetGoldenTest.preset("w2-sse", BiasConvention.ROW0));
        WorksheetStep first = sheet.current();
        Map<String, Cell> before = WorksheetGoldenTest.cells(first);
        WorksheetStep second = sheet.next();
        assertEquals(2, second.number());
        Map<String, Cell> after = WorksheetGoldenTest.cells(second);
        int compared = 0;
        for (Map.Entry<String, Cell> e : after.entrySet()) {
            String key = e.getKey();
            String previous = key.startsWith("W:") ? "new:" + key
                    : key.startsWith("s:") || key.startsWith("x:") || key.equals("E") ? "after:" + key : null;
            if (previous != null) {
                assertEquals(before.get(previous).text(), e.getValue().text(), key);
                assertEquals(before.get(previous).value(), e.getValue().value(), 0.0, key);
                compared++;
            }
        }
        assertEquals(13 + 5 + 9 + 1, compared, "W, s, x (with bias entries) and E of step 2");
        // the loss goes down for this small η
        assertTrue(second.error() < first.error());
        assertEquals(3, sheet.next().number());
    }

    @Test
    void everyTableHasItsFormulasAndTheErrorTableTheLossOwn() {
        for (Section section : w1().sections()) {
            for (Table table : section.tables()) {
                assertFalse(table.formulas().isEmpty(), table.id());
            }
        }
        Table error = w1().sections().get(1).tables().get(0);
        assertTrue(error.formulas().get(0).startsWith(Loss.ABS.formula()), error.formulas().toString());
        List<String> all = new ArrayList<>();
        for (Section section : w1().sections()) {
            for (Table table : section.tables()) {
                all.addAll(table.formulas());
            }
        }
        String text = String.join("\n", all);
        for (String expected : List.of("s⁽²⁾ = W⁽²⁾ᵀ x⁽¹⁾", "x⁽¹⁾ = f(s⁽¹⁾)", "δ⁽³⁾ = ∂E/∂x⁽³⁾ ⊙ f′(s⁽³⁾)",
                "δ⁽²⁾ = f′(s⁽²⁾) ⊙ W⁽³⁾ δ⁽³⁾", "∂E/∂W⁽¹⁾ = x⁽⁰⁾ (δ⁽¹⁾)ᵀ", "W⁽¹⁾ ← W⁽¹⁾ − η ∂E/∂W⁽¹⁾, η = 0.5",
                "tanh: tanh′(s) = 1 − x²", "∂E/∂y = sign(y − t)")) {
            assertTrue(text.contains(expected), expected);
        }
        assertEquals(List.of("forward", "error", "backward", "gradients", "update", "after", "check", "input"),
                w1().sections().stream().map(Section::id).toList());
    }

    @Test
    void separateBiasesWriteTheBackwardPassWithoutABiasRowOfW() {
        WorksheetStep separate = WorksheetGoldenTest.firstStep("w3", BiasConvention.SEPARATE);
        Table hidden = table(separate, "backward-1");
        assertEquals("∂E/∂x⁽¹⁾ = W⁽²⁾ δ⁽²⁾ (the biases b do not pass δ back):  ∂E/∂x⁽¹⁾ⱼ = Σₖ W⁽²⁾ⱼₖ δ⁽²⁾ₖ",
                hidden.formulas().get(0));
        // j counts the rows of W⁽²⁾ as its forward table labels them: 1 and 2, the inputs, with b below
        assertEquals(List.of("δ⁽²⁾ₖ", "1", "2"), hidden.rows().stream().map(Row::label).toList());
        assertEquals(List.of("1", "2", "b⁽²⁾ⱼ", "s⁽²⁾ⱼ", "f", "x⁽²⁾ⱼ"),
                table(separate, "forward-2").rows().stream().map(Row::label).toList());
        assertEquals("W:2:1:1", hidden.rows().get(1).cells().get(0).key());
        List<String> input = table(separate, "input").formulas();
        assertEquals("∂E/∂x⁽⁰⁾ = W⁽¹⁾ δ⁽¹⁾ (the biases b do not pass δ back):  ∂E/∂x⁽⁰⁾ᵢ = Σⱼ W⁽¹⁾ᵢⱼ δ⁽¹⁾ⱼ, the"
                + " backward pass carried on to the input", input.get(0));
        assertEquals("∂x⁽²⁾/∂x⁽⁰⁾ = diag(f′(s⁽²⁾)) W⁽²⁾ᵀ diag(f′(s⁽¹⁾)) W⁽¹⁾ᵀ, the biases b drop out", input.get(1));
        for (String formula : formulas(separate)) {
            for (String rowZero : List.of("row 0", "bias row", "W̄", "x⁽⁰⁾₀", "x⁽¹⁾₀", "bias input")) {
                assertFalse(formula.contains(rowZero), rowZero + " in separate mode: " + formula);
            }
        }
        WorksheetStep row0 = WorksheetGoldenTest.firstStep("w3", BiasConvention.ROW0);
        assertEquals("∂E/∂x⁽¹⁾ = W⁽²⁾ δ⁽²⁾ without row 0 (the bias row):  ∂E/∂x⁽¹⁾ⱼ = Σₖ W⁽²⁾ⱼₖ δ⁽²⁾ₖ",
                table(row0, "backward-1").formulas().get(0));
        assertEquals("∂x⁽²⁾/∂x⁽⁰⁾ = diag(f′(s⁽²⁾)) W̄⁽²⁾ᵀ diag(f′(s⁽¹⁾)) W̄⁽¹⁾ᵀ, W̄ = W without its bias row (the biases"
                + " drop out)", table(row0, "input").formulas().get(1));
    }

    private static Table table(WorksheetStep step, String id) {
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                if (table.id().equals(id)) {
                    return table;
                }
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static List<String> formulas(WorksheetStep step) {
        List<String> all = new ArrayList<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                all.addAll(table.formulas());
            }
        }
        return all;
    }

    @Test
    void finiteDifferencesAgreeWithBackpropToRoundingAndTheGapIsShown() {
        for (String id : List.of("w1", "w2-sse", "w3")) {
            WorksheetStep step = WorksheetGoldenTest.firstStep(id, BiasConvention.ROW0);
            Section check = step.sections().get(6);
            assertEquals("7 · Gradient check", check.title());
            for (int l = 1; l <= step.setup().layerCount(); l++) {
                double gap = step.largestFiniteDifferenceGap(l);
                assertTrue(gap > 0 && gap < 1e-9, id + " layer " + l + ": " + gap); // rounding-sized, not zero
                Table table = check.tables().get(l - 1);
                Row last = table.rows().get(table.rows().size() - 1);
                assertEquals("largest difference from backprop", last.label());
                assertEquals(org.backproplab.text.Numbers.sci(gap, 1), last.cells().get(0).text());
            }
            assertTrue(step.warnings().isEmpty(), id + ": " + step.warnings());
        }
    }

    @Test
    void aKinkAtTheStepMakesTheCheckDisagreeAndTheWorksheetSaysWhy() {
        // one ReLU unit whose pre-activation is exactly 0: (relu(h) − relu(−h)) / 2h = ½, backprop's f′(0) = 0
        ExperimentState state = new ExperimentState().with(WorksheetFields.WEIGHTS, "0\n0\n\n0.5\n2")
                .with(WorksheetFields.ACTIVATIONS, "relu\nidentity").with(WorksheetFields.INPUT, "1")
                .with(WorksheetFields.TARGET, "3").with(WorksheetFields.LOSS, "half_sse");
        WorksheetStep step = Worksheet.of(state).current();
        assertEquals(0, step.gradients(1)[1], 0);
        // (E(h) − E(−h)) / 2h with y = 0.5 + 2·relu(±h), E = ½(y − 3)²: (½(2h − 2.5)² − ½·2.5²) / 2h = h − 2.5
        double h = WorksheetStep.FINITE_DIFFERENCE_STEP;
        assertEquals(h - 2.5, step.finiteDifferences(1)[1], 1e-9);
        assertEquals(2.5 - h, step.largestFiniteDifferenceGap(1), 1e-9);
        assertEquals(List.of("Finite differences disagree with backprop for W⁽¹⁾ (by up to 2.5e+00): E is not smooth"
                + " at these weights, as |y − t| at y = t or ReLU at s = 0, and there the derivative does not exist."),
                step.warnings());
    }

    @Test
    void inputGradientIsTheBackwardPassCarriedOnAndTheJacobianOfTheOutput() {
        WorksheetStep step = w1();
        // W1 by the chain rule, written out: y = tanh(1 + 2·tanh(0.2 + tanh(0.1 + 0.3x) − 3·tanh(0.2 + 0.4x)))
        double x = 2;
        double a = Math.tanh(0.1 + 0.3 * x);
        double b = Math.tanh(0.2 + 0.4 * x);
        double h = Math.tanh(0.2 + a - 3 * b);
        double y = Math.tanh(1 + 2 * h);
        double dydx = (1 - y * y) * 2 * (1 - h * h) * ((1 - a * a) * 0.3 - 3 * (1 - b * b) * 0.4);
        assertEquals(dydx, step.inputJacobian()[0][0], 1e-15);
        assertEquals(Math.signum(y - 1) * dydx, step.dEdx(0)[0], 1e-15); // E = |y − t|, t = 1
        Table input = step.sections().get(7).tables().get(0);
        assertEquals(List.of("x⁽⁰⁾ᵢ", "∂E/∂x⁽⁰⁾ᵢ", "∂x⁽³⁾₁/∂x⁽⁰⁾ᵢ"), input.rows().stream().map(Row::label).toList());
        assertTrue(input.formulas().get(1).contains("diag(f′(s⁽³⁾)) W̄⁽³⁾ᵀ diag(f′(s⁽²⁾)) W̄⁽²⁾ᵀ diag(f′(s⁽¹⁾)) W̄⁽¹⁾ᵀ"),
                input.formulas().get(1));
    }

    @Test
    void markdownHoldsEveryTableRowAsShown() {
        WorksheetStep step = w1();
        List<String> lines = List.of(step.markdown().split("\n"));
        for (Section section : step.sections()) {
            assertTrue(lines.contains("### " + section.title()), section.title());
            for (Table table : section.tables()) {
                int at = lines.indexOf("#### " + table.title());
                assertTrue(at >= 0, table.title());
                for (String f : table.formulas()) {
                    assertTrue(lines.subList(at, lines.size()).contains("- " + f), f);
                }
                for (Row row : table.rows()) {
                    StringBuilder md = new StringBuilder("| " + row.label());
                    for (int c = 0; c < table.columns().size(); c++) {
                        md.append(" | ").append(c < row.cells().size() ? row.cells().get(c).text() : "");
                    }
                    md.append(" |");
                    assertTrue(lines.subList(at, lines.size()).contains(md.toString()), md.toString());
                }
            }
        }
        assertTrue(lines.contains("| 0 (bias) | 1 | 0.100000 | 0.200000 |"));
        assertTrue(lines.contains("| E | 1.665761 |  |"));
    }

    @Test
    void csvRecordsAreTheTablesRowsWithQuotingWhereNeeded() {
        WorksheetStep step = w1();
        List<List<String>> records = parseCsv(step.csv());
        List<String> first = records.get(0);
        assertEquals(List.of("Worksheet — Step 1"), first);
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                int at = records.indexOf(List.of(section.title() + " — " + table.title()));
                assertTrue(at > 0, table.title());
                at += 1 + table.formulas().size();
                List<String> head = new ArrayList<>(List.of(table.corner()));
                head.addAll(table.columns());
                assertEquals(head, records.get(at));
                for (Row row : table.rows()) {
                    List<String> expected = new ArrayList<>(List.of(row.label()));
                    row.cells().forEach(c -> expected.add(c.text()));
                    assertEquals(expected, records.get(++at));
                }
            }
        }
        assertTrue(step.csv().contains("\"s⁽¹⁾ = W⁽¹⁾ᵀ x⁽⁰⁾:  s⁽¹⁾ⱼ = Σᵢ x⁽⁰⁾ᵢ W⁽¹⁾ᵢⱼ, from i = 0"), "commas are quoted");
        assertTrue(step.csv().endsWith("\r\n"));
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return out;
    }

    @Test
    void jsonForThePageCarriesEveryCellAsShown() throws Exception {
        WorksheetStep step = WorksheetGoldenTest.firstStep("w2-half", BiasConvention.SEPARATE);
        JsonNode json = new ObjectMapper().readTree(WorksheetJson.of(step));
        assertEquals("Step 1", json.get("title").asText());
        assertEquals(step.summary(), json.get("summary").asText());
        int cells = 0;
        for (int s = 0; s < step.sections().size(); s++) {
            Section section = step.sections().get(s);
            JsonNode js = json.get("sections").get(s);
            assertEquals(section.title(), js.get("title").asText());
            for (int t = 0; t < section.tables().size(); t++) {
                Table table = section.tables().get(t);
                JsonNode jt = js.get("tables").get(t);
                assertEquals(table.formulas().get(0), jt.get("formulas").get(0).asText());
                assertEquals(table.columns().size(), jt.get("columns").size());
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = table.rows().get(r);
                    JsonNode jr = jt.get("rows").get(r);
                    assertEquals(row.label(), jr.get("label").asText());
                    assertEquals(row.spanLast(), jr.get("span").asBoolean());
                    for (int c = 0; c < row.cells().size(); c++) {
                        Cell cell = row.cells().get(c);
                        JsonNode jc = jr.get("cells").get(c);
                        assertEquals(cell.text(), jc.get("t").asText());
                        assertEquals(cell.key(), jc.get("q").asText());
                        assertEquals(cell.result(), jc.get("r").asBoolean());
                        cells++;
                    }
                }
            }
        }
        assertTrue(cells > 100, "cells: " + cells);
        assertEquals("\"a\\\"b\\\\c\\u000a\\u0001é\"", WorksheetJson.string("a\"b\\c\n\u0001é"));
    }

    @Test
    void overflowingNumbersAreShownAsSuchWithAWarning() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.WEIGHTS, "1e300; 1e300 | 1e300; 1e300 | 1; 1")
                .with(WorksheetFields.ACTIVATIONS, "identity").with(WorksheetFields.LOSS, "sse");
        WorksheetStep step = Worksheet.of(state).current();
        assertEquals("1.000000e+300", WorksheetGoldenTest.text(step, "W:1:0:1"));
        assertEquals("∞", WorksheetGoldenTest.text(step, "s:2:1"));
        assertEquals(List.of("Some numbers overflowed (∞ or NaN): η or the weights are too large for this step."),
                step.warnings());
        assertTrue(w1().warnings().isEmpty());
    }

    @Test
    void exactZeroShowsWithoutSignButATinyNegativeKeepsIt() {
        assertEquals("0.000000", Notation.number(-0.0));
        assertEquals("-0.000000", Notation.number(-1e-9));
        assertEquals("-12.500000", Notation.number(-12.5));
        assertEquals("-1.234568e+09", Notation.number(-1234567890.0));
    }
}
