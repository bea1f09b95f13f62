package org.backproplab.experiment.perceptron;

import java.util.List;
import org.backproplab.experiment.Field;

/** Perceptron mode's part of the experiment state (truth table, η, initial weights, convention). */
public final class PerceptronFields {
    private PerceptronFields() {
    }

    /** The perceptron fields in link order. */
    public static List<Field<?>> all() {
        return List.of();
    }
}
