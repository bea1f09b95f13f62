package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The explicit-weights field refuses what is not numbers when it is typed, not only when training starts. */
class WeightsFieldRuleTest {
    private static String problem(String text) {
        return new ExperimentState().set(Fields.WEIGHTS, text);
    }

    @Test
    void acceptsNumbersInTheFormsTheReaderTakes() {
        assertNull(problem("0.1 0.2; 0.3 0.4 | 0.2; 1; -3 | 1; 2"));
        assertNull(problem("1e-3,-2.5E2\n3"));
        assertNull(problem(""));
        assertNull(problem("1 | | 2"), "a missing layer is the network's business (its layer count), checked at start");
    }

    @Test
    void refusesAnythingElseNamingTheLayerAndTheText() {
        assertEquals("Explicit weights: layer 1: 'abc' is not a number", problem("abc"));
        assertEquals("Explicit weights: layer 2: '1e309' is not a number", problem("1 2 | 1e309"));
        assertEquals("Explicit weights: layer 1: '<img' is not a number", problem("<img src=x onerror=alert(1)>"));
        assertEquals("Explicit weights: layer 1: 'NaN' is not a number", problem("NaN"));
    }

    @Test
    void aRefusedTextLeavesThePreviousWeights() {
        ExperimentState state = new ExperimentState();
        assertNull(state.set(Fields.WEIGHTS, "1 2"));
        state.set(Fields.WEIGHTS, "1 x");
        assertEquals("1 2", state.get(Fields.WEIGHTS));
    }
}
