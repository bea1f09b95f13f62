package org.backproplab.experiment.worksheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.Rng;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Field;
import org.junit.jupiter.api.Test;

/** Whatever a student or a link types into the worksheet boxes, reading and stepping never throw. */
class WorksheetFuzzTest {
    private static final String[] PIECES = {"0.1", "-3", "−2", "1e-3", "x", "tanh", "sigmoid", "relu", "gelu_tanh", " ",
        "  ", "\n", "\n\n", "\r\n", ";", "|", ",", "#c\n", "1", "2", "0", "1e300", "-1e300", "O.4", "", "identity"};

    private static String randomText(Rng rng) {
        StringBuilder sb = new StringBuilder();
        int n = rng.nextInt(24);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rng.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void randomBoxesAreReadWithoutExceptionsAndGoodOnesStepTwice() {
        Rng rng = new Rng(20260522);
        int worked = 0;
        Field<?>[] boxes = {WorksheetFields.WEIGHTS, WorksheetFields.BIASES, WorksheetFields.ACTIVATIONS,
            WorksheetFields.INPUT, WorksheetFields.TARGET};
        for (int trial = 0; trial < 20000; trial++) {
            ExperimentState state = new ExperimentState();
            if (rng.nextInt(2) == 0) {
                state.with(WorksheetFields.BIAS, "separate");
            }
            for (Field<?> box : boxes) {
                if (rng.nextInt(3) > 0) {
                    String problem = state.set(box, randomText(rng));
                    assertTrue(problem == null || !problem.isEmpty());
                }
            }
            state.set(WorksheetFields.LOSS, WorksheetFields.LOSS.choices().get(rng.nextInt(5)));
            WorksheetSetup.Reading reading = WorksheetSetup.read(state);
            if (reading.ok()) {
                Worksheet sheet = new Worksheet(reading.setup());
                assertFalse(sheet.current().markdown().isEmpty());
                sheet.next().csv();
                worked++;
            } else {
                assertFalse(reading.problems().isEmpty());
            }
            BiasConversion.afterSwitch(state);
        }
        assertTrue(worked > 100, "only " + worked + " random networks were valid");
    }
}
