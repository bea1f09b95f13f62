package org.backproplab.experiment.perceptron;

/** How a perceptron turns its weighted sum s = w·x into an output, and the target values that go with it. */
public enum Threshold {
    /** Targets ±1; y = +1 if s > 0, else −1. The course's convention. */
    BIPOLAR(-1, false),
    /** Targets ±1; y = +1 if s ≥ 0, else −1. */
    BIPOLAR_GE(-1, true),
    /** Targets 0/1; y = 1 if s > 0, else 0. With η doubled it takes the same steps as {@link #BIPOLAR}. */
    BINARY(0, false);

    private final int low;
    private final boolean firesAtZero;

    Threshold(int low, boolean firesAtZero) {
        this.low = low;
        this.firesAtZero = firesAtZero;
    }

    /** The output for weighted sum {@code s}. */
    int output(double s) {
        return s > 0 || (firesAtZero && s == 0) ? 1 : low;
    }

    /** The target value for a table's 0/1 target. */
    int target(int bit) {
        return bit == 1 ? 1 : low;
    }
}
