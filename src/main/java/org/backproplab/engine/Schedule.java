package org.backproplab.engine;

/** The learning rate η as a function of the epoch (0-based): constant, step decay or exponential decay. */
public final class Schedule {
    /** The shape of the decay. */
    public enum Kind implements Named {
        /** η. */
        CONSTANT("constant"),
        /** η·γ^⌊epoch / every⌋. */
        STEP("step"),
        /** η·γ^(epoch / every). */
        EXPONENTIAL("exponential");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        /** The kind with this id, or null. */
        public static Kind byId(String id) {
            return Named.byId(values(), id);
        }
    }

    private final Kind kind;
    private final double rate;
    private final double gamma;
    private final int every;

    /** A schedule starting at {@code rate} that multiplies by {@code gamma} every {@code every} epochs. */
    public Schedule(Kind kind, double rate, double gamma, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1");
        }
        this.kind = kind;
        this.rate = rate;
        this.gamma = gamma;
        this.every = every;
    }

    /** A constant learning rate. */
    public static Schedule constant(double rate) {
        return new Schedule(Kind.CONSTANT, rate, 1, 1);
    }

    /** η for this epoch (0-based). */
    public double rate(int epoch) {
        switch (kind) {
            case STEP:
                return rate * PortableMath.pow(gamma, epoch / every);
            case EXPONENTIAL:
                return rate * PortableMath.pow(gamma, (double) epoch / every);
            default:
                return rate;
        }
    }
}
