package org.backproplab.experiment.worksheet;

import java.util.List;
import org.backproplab.experiment.ExperimentState;

/**
 * A worksheet: the network a student typed, stepped one update at a time. {@link #current()} is the step from the
 * present weights; {@link #next()} moves on to the updated weights and returns the step from there.
 */
public final class Worksheet {
    private final WorksheetSetup setup;
    private WorksheetStep current;

    /** A worksheet at step 1, starting from the weights typed in {@code setup}. */
    public Worksheet(WorksheetSetup setup) {
        this.setup = setup;
        current = WorksheetStep.compute(setup, setup.weights(), 1);
    }

    /** The worksheet the fields of {@code state} describe, or an IllegalArgumentException listing the problems. */
    public static Worksheet of(ExperimentState state) {
        WorksheetSetup.Reading reading = WorksheetSetup.read(state);
        if (!reading.ok()) {
            throw new IllegalArgumentException(String.join("\n", reading.problems()));
        }
        return new Worksheet(reading.setup());
    }

    /** The network as typed. */
    public WorksheetSetup setup() {
        return setup;
    }

    /** The step from the present weights. */
    public WorksheetStep current() {
        return current;
    }

    /** Applies the current step's update and returns the step from the updated weights. */
    public WorksheetStep next() {
        current = WorksheetStep.compute(setup, current.updatedWeights(), current.number() + 1);
        return current;
    }

    /** The problems that keep {@code state}'s worksheet fields from describing a network; empty when none. */
    public static List<String> problems(ExperimentState state) {
        return WorksheetSetup.read(state).problems();
    }
}
