package org.backproplab.experiment.worksheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.LinkCodec;
import org.junit.jupiter.api.Test;

/** Reading the typed network: each box's own errors with line and column, then whether the boxes fit together. */
class WorksheetInputTest {
    private static String set(ExperimentState state, org.backproplab.experiment.Field<?> field, String text) {
        return state.set(field, text);
    }

    private static List<String> problems(ExperimentState state) {
        return WorksheetSetup.read(state).problems();
    }

    @Test
    void aWordInAMatrixIsReportedWithItsLineAndColumnAndTheOldWeightsStay() {
        ExperimentState state = new ExperimentState();
        String before = state.text(WorksheetFields.WEIGHTS);
        assertEquals("Weights W: line 2, column 5: 'O.4' is not a number",
                set(state, WorksheetFields.WEIGHTS, "0.1 0.2\n0.3 O.4\n\n1\n2\n3"));
        assertEquals(before, state.text(WorksheetFields.WEIGHTS));
    }

    @Test
    void aRowOfTheWrongLengthNamesItsMatrixAndLines() {
        assertEquals("line 3: this row of W⁽²⁾ has 2 numbers, but its first row (line 2) has 1",
                WorksheetFields.checkWeights("0.1 0.2 |\n0.2\n1 1\n-3"));
        assertEquals("line 2: this row of W⁽¹⁾ has 3 numbers, but its first row (line 1) has 2",
                WorksheetFields.checkWeights("1 2\n3 4 5"));
    }

    @Test
    void sizesAreCappedWithAMessage() {
        assertEquals("at most 5 weight matrices (one per layer); found 6",
                WorksheetFields.checkWeights("1;1 | 1;1 | 1;1 | 1;1 | 1;1 | 1;1"));
        assertEquals("W⁽¹⁾ (line 1) has 9 columns; a layer may have at most 8 units",
                WorksheetFields.checkWeights("1 2 3 4 5 6 7 8 9\n1 2 3 4 5 6 7 8 9"));
        assertEquals("W⁽¹⁾ (line 1) has 10 rows; at most 9 (a bias row and 8 inputs)",
                WorksheetFields.checkWeights("1;2;3;4;5;6;7;8;9;10"));
        assertEquals("at most 8 numbers; found 9", WorksheetFields.checkVector("1 2 3 4 5 6 7 8 9"));
        assertEquals("type one matrix per layer: a row per line, a blank line between matrices",
                WorksheetFields.checkWeights("# only a comment"));
    }

    @Test
    void blankLinesCommentsAndBarsSeparateMatricesAlike() {
        String course = "# W(1)\n0.1, 0.2\n0.3, 0.4\n# W(2)\n0.2\n1\n−3\n\n\n1\n2   # W(3)";
        String oneLine = "0.1 0.2; 0.3 0.4 | 0.2; 1; -3 | 1; 2";
        for (String text : List.of(course, oneLine)) {
            ExperimentState state = new ExperimentState().with(WorksheetFields.WEIGHTS, text);
            WorksheetSetup setup = WorksheetSetup.read(state).setup();
            assertArrayEquals(new int[] {1, 2, 1, 1}, setup.sizes(), text);
            assertArrayEquals(new double[] {0.2, 1, -3}, setup.weights()[1], text); // the typographic minus too
        }
    }

    @Test
    void theDefaultIsTheCoursesW1AndNeedsNothingInTheLink() {
        ExperimentState state = LinkCodec.decode("#v=2&view=worksheet").state();
        WorksheetSetup setup = WorksheetSetup.read(state).setup();
        assertArrayEquals(new int[] {1, 2, 1, 1}, setup.sizes());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, setup.weights()[0]);
        assertArrayEquals(new double[] {2}, setup.input());
        assertEquals(0.5, setup.eta());
        assertEquals(Activation.TANH, setup.activation(3, 0));
        WorksheetPresets.apply(state, WorksheetPresets.byId("w1"));
        assertEquals("v=2&view=worksheet", LinkCodec.encode(state));
    }

    @Test
    void aMatrixThatDoesNotFitTheLayerBelowSaysHowManyRowsItNeeds() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.WEIGHTS, "0.1 0.2\n0.3 0.4\n\n0.2\n1\n\n1\n2");
        assertEquals(List.of("Weights W: W⁽²⁾ (line 4) has 2 rows but needs 3: row 0 for the bias, then one for each of"
                + " the 2 units of layer 1 (the columns of W⁽¹⁾)"), problems(state));
        state = new ExperimentState().with(WorksheetFields.BIAS, "separate").with(WorksheetFields.WEIGHTS,
                "0.3 0.4\n\n1\n\n2").with(WorksheetFields.BIASES, "0.1 0.2\n0.2\n1");
        assertEquals(List.of("Weights W: W⁽²⁾ (line 3) has 1 row but needs 2: one for each of the 2 units of layer 1"
                + " (the columns of W⁽¹⁾); the biases go in b"), problems(state));
    }

    @Test
    void inputTargetActivationsAndBiasesMustFitTheMatrices() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.INPUT, "2 3")
                .with(WorksheetFields.TARGET, "1 0").with(WorksheetFields.ACTIVATIONS, "tanh tanh tanh\ntanh");
        assertEquals(List.of(
                "Activations: 2 lines for 3 layers: write one line per layer (or one activation for every unit)",
                "Input x: 2 numbers, but the network has 1 input (W⁽¹⁾ has 2 rows: the bias row and one per input)",
                "Target t: 2 numbers, but the output layer has 1 unit (W⁽³⁾ has 1 column)"), problems(state));
        state = new ExperimentState().with(WorksheetFields.ACTIVATIONS, "tanh\nsigmoid sigmoid\ntanh");
        assertEquals(List.of("Activations: line 2 names 2 activations, but layer 2 has 1 unit (name one per unit, or one"
                + " for the whole layer)"), problems(state));
        state = new ExperimentState().with(WorksheetFields.BIAS, "separate")
                .with(WorksheetFields.WEIGHTS, "0.3 0.4 | 1; -3 | 2").with(WorksheetFields.BIASES, "0.1 0.2\n0.2 0.5");
        assertEquals(List.of("Biases b: 2 lines for 3 layers: write one line per layer, b⁽¹⁾ first"), problems(state));
        state.with(WorksheetFields.BIASES, "0.1 0.2\n0.2 0.5\n1");
        assertEquals(List.of("Biases b: line 2 (b⁽²⁾) has 2 numbers, but layer 2 has 1 unit"), problems(state));
    }

    @Test
    void activationNamesAreCheckedAndOneNameServesAWholeLayerOrNetwork() {
        assertTrue(WorksheetFields.checkActivations("tanh\nsigmoud").startsWith("line 2, column 1: 'sigmoud' is not"
                + " an activation (identity, step"));
        ExperimentState state = new ExperimentState().with(WorksheetFields.ACTIVATIONS, "Sigmoid");
        WorksheetSetup setup = WorksheetSetup.read(state).setup();
        for (int l = 1; l <= 3; l++) {
            assertEquals(Activation.SIGMOID, setup.activation(l, 0));
        }
        state.with(WorksheetFields.ACTIVATIONS, "relu\ntanh\ngelu_tanh");
        setup = WorksheetSetup.read(state).setup();
        assertEquals(Activation.RELU, setup.activation(1, 1));
    }

    @Test
    void separateBiasesBecomeRowZeroOfTheSameNetwork() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.BIAS, "separate")
                .with(WorksheetFields.WEIGHTS, "0.3 0.4 | 1; -3 | 2").with(WorksheetFields.BIASES, "0.1 0.2 | 0.2 | 1");
        WorksheetSetup separate = WorksheetSetup.read(state).setup();
        WorksheetSetup row0 = WorksheetSetup.read(new ExperimentState()).setup();
        assertArrayEquals(row0.sizes(), separate.sizes());
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(row0.weights()[l], separate.weights()[l]);
        }
    }

    @Test
    void switchingConventionMovesRowZeroIntoBAndBackKeepingTheTypedDigits() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.WEIGHTS, "0.10 0.2\n0.3 4e-1 | 0.2; 1; −3 | 1; 2");
        state.with(WorksheetFields.BIAS, "separate");
        assertEquals("", BiasConversion.afterSwitch(state));
        assertEquals("0.3  4e-1\n\n1\n−3\n\n2", state.get(WorksheetFields.WEIGHTS));
        assertEquals("0.10  0.2\n0.2\n1", state.get(WorksheetFields.BIASES));
        assertTrue(problems(state).isEmpty());
        state.with(WorksheetFields.BIAS, "row0");
        assertEquals("", BiasConversion.afterSwitch(state));
        assertEquals("0.10  0.2\n0.3   4e-1\n\n0.2\n1\n−3\n\n1\n2", state.get(WorksheetFields.WEIGHTS));
        assertEquals("", state.get(WorksheetFields.BIASES));
    }

    @Test
    void aConventionSwitchThatCannotMoveTheBiasesSaysWhyAndChangesNothing() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.WEIGHTS, "1 2; 3 4 | 5 | 6")
                .with(WorksheetFields.BIAS, "separate");
        assertEquals("The biases were not moved: W⁽²⁾ has only one row, so it has no bias row 0 above its weights.",
                BiasConversion.afterSwitch(state));
        assertEquals("1 2; 3 4 | 5 | 6", state.get(WorksheetFields.WEIGHTS));
        state.with(WorksheetFields.BIAS, "row0");
        assertEquals("The biases were not moved into W: b has 0 lines for 3 matrices.", BiasConversion.afterSwitch(state));
    }

    @Test
    void presetsKeepTheStudentsConvention() {
        ExperimentState state = new ExperimentState().with(WorksheetFields.BIAS, "separate");
        WorksheetPresets.apply(state, WorksheetPresets.byId("w3"));
        assertEquals("separate", state.get(WorksheetFields.BIAS));
        assertEquals("3  3", state.get(WorksheetFields.BIASES).split("\n")[0]);
        assertTrue(problems(state).isEmpty());
        for (WorksheetPresets.Preset p : WorksheetPresets.all()) {
            for (BiasConvention c : BiasConvention.values()) {
                ExperimentState s = new ExperimentState().with(WorksheetFields.BIAS, c.id());
                WorksheetPresets.apply(s, p);
                assertTrue(problems(s).isEmpty(), p.id() + " " + c + ": " + problems(s));
            }
        }
    }

    @Test
    void everyProblemFreeFieldTextSurvivesTheLink() {
        ExperimentState state = new ExperimentState();
        WorksheetPresets.apply(state.with(WorksheetFields.BIAS, "separate"), WorksheetPresets.byId("w2-half"));
        ExperimentState back = LinkCodec.decode(LinkCodec.encode(state)).state();
        assertEquals(state, back);
        assertFalse(LinkCodec.decode(LinkCodec.encode(state)).notices().size() > 0);
        assertNull(WorksheetFields.checkVector(" 0 , 1 "));
    }
}
