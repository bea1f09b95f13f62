package org.backproplab.experiment;

/** How many epochs a second the Train view plays an experiment at: its pace ({@code speed}) as a number. */
public final class Pace {
    private Pace() {
    }

    /**
     * Epochs a second, or 0 for "max" (as many as each frame's budget allows). "auto" spreads the run's epoch limit
     * over {@link Fields#AUTO_PACE_SECONDS} seconds (5 000 epochs at 500 a second, 300 at 30), never below one a
     * second; a run that reaches its target loss earlier ends earlier.
     */
    public static double epochsPerSecond(ExperimentState state) {
        String speed = state.get(Fields.SPEED);
        if (speed.equals("max")) {
            return 0;
        }
        if (speed.equals("auto")) {
            return Math.max(1.0, state.get(Fields.EPOCHS) / (double) Fields.AUTO_PACE_SECONDS);
        }
        return Double.parseDouble(speed);
    }
}
