package org.backproplab.engine;

/**
 * Sets a network's starting weights from the seeded generator, so that Reset with the same seed replays the
 * same initial weights. Weights are drawn layer by layer, row by row (bias row first), column by column.
 */
public final class Initializer {
    /** How weights are drawn. */
    public enum Kind implements Named {
        /** Every weight and bias equals a. */
        CONSTANT("constant"),
        /** Weights and biases uniform in [a, b). */
        UNIFORM("uniform"),
        /** Weights and biases normal with mean a and standard deviation b. */
        NORMAL("normal"),
        /** Glorot/Xavier uniform: U(−r, r), r = √(6 / (fan_in + fan_out)); biases 0. */
        XAVIER("xavier"),
        /** He normal: N(0, 2 / fan_in); biases 0 — suited to ReLU units. */
        HE("he"),
        /** Weights typed by the user, given explicitly. */
        EXPLICIT("explicit");

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

    private Initializer() {
    }

    /** Draws every weight of {@code net} by {@code kind} with parameters a and b from {@code rng}. */
    public static void initialize(Network net, Kind kind, double a, double b, Rng rng) {
        if (kind == Kind.EXPLICIT) {
            throw new IllegalArgumentException("explicit weights are set with Network.setWeights");
        }
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] w = net.weights(l);
            int fanIn = net.width(l - 1);
            int fanOut = net.width(l);
            for (int i = 0; i < w.length; i++) {
                boolean biasRow = i < fanOut;
                w[i] = draw(kind, a, b, fanIn, fanOut, biasRow, rng);
                if (biasRow && !net.hasBias()) {
                    w[i] = 0;
                }
            }
        }
    }

    private static double draw(Kind kind, double a, double b, int fanIn, int fanOut, boolean biasRow, Rng rng) {
        switch (kind) {
            case CONSTANT:
                return a;
            case UNIFORM:
                return rng.uniform(a, b);
            case NORMAL:
                return a + b * rng.nextGaussian();
            case XAVIER: {
                double r = Math.sqrt(6.0 / (fanIn + fanOut));
                return biasRow ? 0 : rng.uniform(-r, r);
            }
            case HE:
                return biasRow ? 0 : Math.sqrt(2.0 / fanIn) * rng.nextGaussian();
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }
}
