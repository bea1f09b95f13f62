package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.LinkCodec;
import org.junit.jupiter.api.Test;

/** From the experiment state (a link, the page's controls) to a perceptron configuration, and the messages on the way. */
class PerceptronSetupTest {
    private static PerceptronSetup setupOf(String fragment) {
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        assertEquals(List.of(), decoded.notices(), fragment);
        return PerceptronSetup.of(decoded.state());
    }

    private static JsonNode referenceRun(String name) throws IOException {
        Path file = Path.of(System.getProperty("reference.dir", "../shared/reference"), "perceptron-P1.json");
        if (!Files.isRegularFile(file)) {
            fail("reference file missing: " + file.toAbsolutePath() + " (set -Dreference.dir)");
        }
        return new ObjectMapper().readTree(file.toFile()).get(0).get("runs").get(name);
    }

    private static List<String> referenceLines(JsonNode run) {
        List<String> lines = new ArrayList<>();
        for (JsonNode epoch : run.get("epochs")) {
            lines.add("epoch = " + epoch.get("epoch").asInt() + ", weights = " + epoch.get("expected_printed").asText());
        }
        return lines;
    }

    @Test
    void defaultStateIsTheCoursesDefaultRunAndPrintsItsLog() throws IOException {
        PerceptronConfig config = PerceptronSetup.of(new ExperimentState()).config();
        assertEquals(TruthTable.MAJORITY3, config.table());
        assertEquals("100 101 001 010 000 011 110 111", config.order().patterns());
        assertEquals(0.1, config.learningRate());
        assertArrayEquals(new double[] {0.6, 0.6, 0.6, 0.6}, config.initialWeights());
        assertEquals(20, config.epochs());
        assertEquals(Threshold.BIPOLAR, config.threshold());
        assertEquals(referenceLines(referenceRun("default_lr0.10_init0.60")), Perceptron.run(config).logLines());
    }

    @Test
    void theCoursesOtherRunsAreOneLinkSettingAway() throws IOException {
        assertEquals(referenceLines(referenceRun("lr0.01_init0.60")),
                Perceptron.run(setupOf("v=1&peta=0.01").config()).logLines());
        assertEquals(referenceLines(referenceRun("lr0.10_init0.25")),
                Perceptron.run(setupOf("v=1&pw=0.25").config()).logLines());
    }

    @Test
    void everySettingOfTheLinkReachesTheConfiguration() {
        PerceptronConfig config =
                setupOf("v=1&ptable=and&porder=11,10,01,00&peta=0.25&pw=0,0.5,-0.5&pthr=binary&pepochs=7").config();
        assertEquals(TruthTable.AND, config.table());
        assertEquals("11 10 01 00", config.order().patterns());
        assertEquals(0.25, config.learningRate());
        assertArrayEquals(new double[] {0, 0.5, -0.5}, config.initialWeights());
        assertEquals(Threshold.BINARY, config.threshold());
        assertEquals(7, config.epochs());
    }

    @Test
    void eachThresholdChoiceNamesItsConvention() {
        assertEquals(Threshold.BIPOLAR, setupOf("v=1&pthr=bipolar").config().threshold());
        assertEquals(Threshold.BIPOLAR_GE, setupOf("v=1&pthr=bipolar_ge").config().threshold());
        assertEquals(Threshold.BINARY, setupOf("v=1&pthr=binary").config().threshold());
    }

    @Test
    void oneInitialWeightIsGivenToEveryWeightOfTheTable() {
        assertArrayEquals(new double[] {-0.3, -0.3, -0.3}, setupOf("v=1&ptable=xor&pw=-0.3").config().initialWeights());
        assertArrayEquals(new double[] {1e-3, 1e-3, 1e-3, 1e-3}, setupOf("v=1&pw=1e-3").config().initialWeights());
    }

    @Test
    void aWrongNumberOfInitialWeightsNamesTheCountTheTableNeeds() {
        PerceptronSetup setup = setupOf("v=1&ptable=and&pw=0.1,0.2");
        assertFalse(setup.isOk());
        assertEquals(List.of(new PerceptronSetup.Problem("pw",
                "Initial weights: give one value for all weights, or 3 values w0 w1 w2 for a table with 2 inputs; "
                        + "found 2")), setup.problems());
        assertThrows(IllegalStateException.class, setup::config);
        // The same four weights are right for majority of 3.
        assertTrue(setupOf("v=1&pw=0.1,0.2,0.3,0.4").isOk());
    }

    @Test
    void anOrderOfAnotherTablesRowsSaysWhatIsWrongAndHowToGetTheDefault() {
        // The course's majority order, left in place after switching to AND.
        PerceptronSetup setup = setupOf("v=1&ptable=and&porder=100,101,001,010,000,011,110,111");
        assertEquals(List.of(new PerceptronSetup.Problem("porder", "Sample order: '100' is not a row pattern of 2 "
                + "zeros and ones; '101' is not a row pattern of 2 zeros and ones; '001' is not a row pattern of 2 "
                + "zeros and ones; and 9 more (leave it empty for the table's own order, 00 01 10 11)")),
                setup.problems());
    }

    @Test
    void anOrderMissingOrRepeatingARowIsWordedWithoutLineNumbers() {
        assertEquals("Sample order: row 11 is missing from the order (leave it empty for the table's own order, "
                + "00 01 10 11)", setupOf("v=1&ptable=or&porder=00,01,10").problems().get(0).message());
        assertEquals("Sample order: row 01 is already in the order (leave it empty for the table's own order, "
                + "00 01 10 11)", setupOf("v=1&ptable=or&porder=00,01,10,01,11").problems().get(0).message());
    }

    @Test
    void problemsWithOrderAndWeightsAreReportedTogetherInControlOrder() {
        PerceptronSetup setup = setupOf("v=1&ptable=nor&porder=00&pw=1,2");
        assertEquals(List.of("porder", "pw"), setup.problems().stream().map(PerceptronSetup.Problem::key).toList());
    }

    @Test
    void choosingTypedWithNothingTypedAsksForRows() {
        PerceptronSetup setup = setupOf("v=1&ptable=typed");
        assertEquals(List.of(new PerceptronSetup.Problem("ptext",
                "Typed table: type one row per line: the inputs x1 … xn, then the target t, each 0 or 1")),
                setup.problems());
    }

    @Test
    void aTypedTableIsRunInItsRowsCountingOrder() {
        ExperimentState state = new ExperimentState()
                .with(PerceptronFields.TABLE, "typed")
                .with(PerceptronFields.TYPED_TABLE, "x1 x2 t\n1 1 0\n0 0 1\n1 0 1\n0 1 1");
        PerceptronConfig config = PerceptronSetup.of(state).config();
        assertEquals(2, config.table().inputCount());
        assertEquals("00 01 10 11", config.order().patterns());
        // Typed NAND learns like the built-in one: same rows, same targets, same order.
        assertEquals(Perceptron.run(PerceptronConfig.of(TruthTable.NAND)).logLines(), Perceptron.run(config).logLines());
    }

    @Test
    void theTypedTableIsIgnoredWhileABuiltInIsChosen() {
        ExperimentState state = new ExperimentState().with(PerceptronFields.TYPED_TABLE, "0 1\n1 0");
        assertEquals(TruthTable.MAJORITY3, PerceptronSetup.of(state).config().table());
    }

    @Test
    void aBadTypedTableIsRefusedWithItsLinesAndTheOldTextStays() {
        ExperimentState state = new ExperimentState().with(PerceptronFields.TYPED_TABLE, "0 0\n1 1");
        assertEquals("Typed table: line 2: expected 0 or 1, found '2'; line 3: expected 3 columns like the first "
                + "row, found 2", state.set(PerceptronFields.TYPED_TABLE, "0 0 1\n0 1 2\n1 0"));
        assertEquals("0 0\n1 1", state.text(PerceptronFields.TYPED_TABLE));
    }

    @Test
    void fieldRulesRefuseTextThatCanNeverWork() {
        ExperimentState state = new ExperimentState();
        assertEquals("Initial weights: 'abc' is not a number", state.set(PerceptronFields.INITIAL_WEIGHTS, "0.6 abc"));
        assertEquals("Initial weights: enter at least one number", state.set(PerceptronFields.INITIAL_WEIGHTS, " "));
        assertEquals("Initial weights: at most 9 numbers, found 10",
                state.set(PerceptronFields.INITIAL_WEIGHTS, "0 1 2 3 4 5 6 7 8 9"));
        assertEquals("Sample order: '10a' is not a row pattern such as 101", state.set(PerceptronFields.ORDER, "10a"));
        assertEquals("Learning rate η: must be above 0 and at most 100", state.set(PerceptronFields.LEARNING_RATE, "0"));
        assertEquals("Epochs: must be from 1 to 10000", state.set(PerceptronFields.EPOCHS, "10001"));
        assertEquals("Compared learning rates: each learning rate must be above 0 and at most 100, found -0.1",
                state.set(PerceptronFields.COMPARED_RATES, "0.1, -0.1"));
        assertEquals("Compared initial weights: at most 5 numbers, found 6",
                state.set(PerceptronFields.COMPARED_WEIGHTS, "1 2 3 4 5 6"));
        assertEquals("Truth table: 'xnor' is not one of and, or, nand, nor, xor, majority3, typed",
                state.set(PerceptronFields.TABLE, "xnor"));
        assertEquals(new ExperimentState(), state, "every refused text left its field as it was");
    }

    @Test
    void theComparisonDefaultsToTheCoursesCasesWithTheReferenceEpochs() throws IOException {
        PerceptronSetup setup = PerceptronSetup.of(new ExperimentState());
        List<PerceptronComparison.Row> rows = setup.comparison();
        assertEquals(PerceptronComparison.courseCases(setup.config()), rows);
        String[][] reference = {{"lr0.01_init0.60", "0.01", "0.6"}, {"lr0.10_init0.25", "0.1", "0.25"},
            {"default_lr0.10_init0.60", "0.1", "0.6"}};
        for (String[] ref : reference) {
            JsonNode run = referenceRun(ref[0]);
            PerceptronComparison.Row row = rows.stream().filter(r -> r.learningRate() == Double.parseDouble(ref[1])
                    && r.initialWeight() == Double.parseDouble(ref[2])).findFirst().orElseThrow();
            assertEquals(run.get("first_epoch_with_zero_errors").asInt(), row.firstEpochWithZeroErrors(), ref[0]);
            assertEquals(run.get("last_epoch_with_update").asInt(), row.lastEpochWithUpdate(), ref[0]);
        }
    }

    @Test
    void theComparisonUsesTheListsAndTheTableOfTheState() {
        PerceptronSetup setup = setupOf("v=1&ptable=xor&pepochs=30&pceta=0.5,1,2&pcw=0,-1");
        List<PerceptronComparison.Row> rows = setup.comparison();
        assertEquals(6, rows.size());
        assertEquals(List.of(0.5, 0.5, 1.0, 1.0, 2.0, 2.0), rows.stream().map(r -> r.learningRate()).toList());
        assertEquals(List.of(0.0, -1.0, 0.0, -1.0, 0.0, -1.0), rows.stream().map(r -> r.initialWeight()).toList());
        for (PerceptronComparison.Row row : rows) {
            assertEquals(-1, row.firstEpochWithZeroErrors(), "XOR never has an epoch without errors");
            assertEquals(30, row.lastEpochWithUpdate());
        }
    }

    @Test
    void builtInTablesWrittenAsTextReadBackAsTheSameTable() {
        assertEquals("x1 x2 t\n0 0 0\n0 1 0\n1 0 0\n1 1 1", PerceptronSetup.tableText(TruthTable.AND));
        for (TruthTable table : TruthTable.builtIns()) {
            TruthTable typed = TruthTable.parse(PerceptronSetup.tableText(table)).value();
            assertEquals(table.rowCount(), typed.rowCount(), table.name());
            for (int row = 0; row < table.rowCount(); row++) {
                assertEquals(table.pattern(row), typed.pattern(row), table.name());
                assertEquals(table.target(row), typed.target(row), table.name());
            }
        }
    }

    @Test
    void everyPerceptronFieldSurvivesALinkRoundTrip() {
        ExperimentState state = new ExperimentState()
                .with(PerceptronFields.TABLE, "typed")
                .with(PerceptronFields.TYPED_TABLE, "# mine\nx1 x2 t\n0 0 1\n0 1 0\n1 0 0\n1 1 1")
                .with(PerceptronFields.ORDER, "11 00 10 01")
                .with(PerceptronFields.LEARNING_RATE, "0.05")
                .with(PerceptronFields.INITIAL_WEIGHTS, "0.1, -0.2, 0.3")
                .with(PerceptronFields.THRESHOLD, "bipolar_ge")
                .with(PerceptronFields.EPOCHS, "50")
                .with(PerceptronFields.COMPARED_RATES, "0.05 0.5")
                .with(PerceptronFields.COMPARED_WEIGHTS, "-1 1");
        for (Field<?> field : PerceptronFields.all()) {
            assertTrue(state.isSet(field), field.key());
        }
        LinkCodec.Decoded decoded = LinkCodec.decode("#" + LinkCodec.encode(state));
        assertEquals(List.of(), decoded.notices());
        assertEquals(state, decoded.state());
    }

    @Test
    void aFullSevenInputTableAndItsOrderFitInALink() {
        // Parity of 7 inputs: 128 rows, written as the page writes tables, and every row in reverse counting order.
        StringBuilder table = new StringBuilder("x1 x2 x3 x4 x5 x6 x7 t");
        StringBuilder order = new StringBuilder();
        for (int r = 0; r < 128; r++) {
            table.append('\n');
            for (int i = 6; i >= 0; i--) {
                table.append((r >> i) & 1).append(' ');
            }
            table.append(Integer.bitCount(r) % 2);
            String pattern = Integer.toBinaryString(128 + 127 - r).substring(1);
            order.append(r > 0 ? " " : "").append(pattern);
        }
        ExperimentState state = new ExperimentState()
                .with(PerceptronFields.TABLE, "typed")
                .with(PerceptronFields.TYPED_TABLE, table.toString())
                .with(PerceptronFields.ORDER, order.toString())
                .with(PerceptronFields.INITIAL_WEIGHTS, "0 0.1 0.2 0.3 0.4 0.5 0.6 0.7");
        String link = LinkCodec.encode(state);
        assertTrue(link.length() < LinkCodec.MAX_LENGTH, link.length() + " characters");
        LinkCodec.Decoded decoded = LinkCodec.decode(link);
        assertEquals(List.of(), decoded.notices());
        PerceptronConfig config = PerceptronSetup.of(decoded.state()).config();
        assertEquals(128, config.table().rowCount());
        assertEquals("1111111", config.table().pattern(config.order().row(0)));
    }

    @Test
    void perceptronKeysAreInTheLinkFieldsAndClashWithNoOtherKey() {
        Set<String> keys = new HashSet<>();
        for (Field<?> field : Fields.all()) {
            assertTrue(keys.add(field.key()), "duplicate key " + field.key());
        }
        for (Field<?> field : PerceptronFields.all()) {
            assertEquals(field, Fields.byKey(field.key()));
        }
        assertNull(Fields.byKey("p"));
    }
}
