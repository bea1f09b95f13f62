package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.LinkCodec;
import org.junit.jupiter.api.Test;

/** A perceptron field typed with a value the other settings rule out is refused with the reason, as it is typed. */
class PerceptronChangeRuleTest {
    private static ExperimentState state(String link) {
        return LinkCodec.decode(link).state();
    }

    @Test
    void tooFewInitialWeightsForTheTableAreRefused() {
        ExperimentState trial = state("v=1&ptable=and&pw=0.1,0.2");
        assertEquals("Initial weights: give one value for all weights, or 3 values w0 w1 w2 for a table with 2 inputs;"
                + " found 2", PerceptronSetup.problemAfterChange(trial, PerceptronFields.INITIAL_WEIGHTS));
        assertNull(PerceptronSetup.problemAfterChange(state("v=1&ptable=and&pw=0.1,0.2,0.3"),
                PerceptronFields.INITIAL_WEIGHTS));
    }

    @Test
    void anOrderOfAnotherTablesRowsIsRefused() {
        String problem = PerceptronSetup.problemAfterChange(state("v=1&ptable=and&porder=00 11 00"),
                PerceptronFields.ORDER);
        assertEquals("Sample order: row 00 is already in the order; row 01 is missing from the order; row 10 is"
                + " missing from the order (leave it empty for the table's own order, 00 01 10 11)", problem);
    }

    @Test
    void anEmptyTypedTableIsRefusedOnlyWhileTheTypedTableIsChosen() {
        assertEquals("Typed table: type one row per line: the inputs x1 … xn, then the target t, each 0 or 1",
                PerceptronSetup.problemAfterChange(state("v=1&ptable=typed&ptext="), PerceptronFields.TYPED_TABLE));
        assertNull(PerceptronSetup.problemAfterChange(state("v=1&ptable=and&ptext="), PerceptronFields.TYPED_TABLE));
    }

    @Test
    void aFieldMadeWrongByAnotherFieldsChangeIsNotBlamedForIt() {
        // four weights fit majority-3; switching the table to AND makes them wrong, but the table change stands
        ExperimentState trial = state("v=1&ptable=and&pw=0.1,0.2,0.3,0.4");
        assertNull(PerceptronSetup.problemAfterChange(trial, PerceptronFields.TABLE));
        assertNull(PerceptronSetup.problemAfterChange(trial, PerceptronFields.LEARNING_RATE));
    }
}
