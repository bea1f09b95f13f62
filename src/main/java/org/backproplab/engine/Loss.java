package org.backproplab.engine;

/**
 * The error E of one sample's outputs y against targets t, with ∂E/∂y written beside it.
 *
 * <p>Over a batch the reported loss is the mean of the per-sample values, and the gradient the mean of the
 * per-sample gradients, as in Keras. The names are exact because the course uses several conventions that
 * differ by constant factors (SSE vs ½·SSE differ by 2; MSE divides by the number of outputs).
 */
public enum Loss implements Named {
    MSE("mse", "E = (1/K)·Σ(y − t)²") {
        @Override
        public double value(double[] y, double[] t, int k) {
            return sumSquares(y, t, k) / k;
        }

        @Override
        public void gradient(double[] y, double[] t, int k, double[] out) {
            for (int i = 0; i < k; i++) {
                out[i] = 2 * (y[i] - t[i]) / k;
            }
        }
    },
    SSE("sse", "E = Σ(y − t)²") {
        @Override
        public double value(double[] y, double[] t, int k) {
            return sumSquares(y, t, k);
        }

        @Override
        public void gradient(double[] y, double[] t, int k, double[] out) {
            for (int i = 0; i < k; i++) {
                out[i] = 2 * (y[i] - t[i]);
            }
        }
    },
    HALF_SSE("half_sse", "E = ½·Σ(y − t)²") {
        @Override
        public double value(double[] y, double[] t, int k) {
            return 0.5 * sumSquares(y, t, k);
        }

        @Override
        public void gradient(double[] y, double[] t, int k, double[] out) {
            for (int i = 0; i < k; i++) {
                out[i] = y[i] - t[i];
            }
        }
    },
    /** The course's "square root error" √((y − t)²), which is |y − t|; its derivative is sign(y − t). */
    ABS("abs", "E = Σ|y − t| = Σ√((y − t)²)") {
        @Override
        public double value(double[] y, double[] t, int k) {
            double e = 0;
            for (int i = 0; i < k; i++) {
                e += Math.abs(y[i] - t[i]);
            }
            return e;
        }

        @Override
        public void gradient(double[] y, double[] t, int k, double[] out) {
            for (int i = 0; i < k; i++) {
                double d = y[i] - t[i];
                out[i] = d > 0 ? 1 : d < 0 ? -1 : 0;
            }
        }
    },
    /** Binary cross-entropy on outputs read as probabilities in (0, 1), averaged over the K outputs. */
    BCE("bce", "E = −(1/K)·Σ[t·ln y + (1 − t)·ln(1 − y)]") {
        @Override
        public double value(double[] y, double[] t, int k) {
            double e = 0;
            for (int i = 0; i < k; i++) {
                double p = clampProbability(y[i]);
                e -= t[i] * PortableMath.log(p) + (1 - t[i]) * PortableMath.log(1 - p);
            }
            return e / k;
        }

        @Override
        public void gradient(double[] y, double[] t, int k, double[] out) {
            for (int i = 0; i < k; i++) {
                double p = y[i];
                // where the clamp holds p, E does not change with y: its slope is 0 there, as the value says
                // (only an output that is not sigmoid gets there: sigmoid units take Network's exact shortcut)
                out[i] = p < EPSILON || p > 1 - EPSILON ? 0 : (p - t[i]) / (p * (1 - p)) / k;
            }
        }
    },
    /**
     * Softmax over the outputs (read as logits) followed by categorical cross-entropy. The output units should
     * be identity; the gradient with respect to the logits is p·Σt − t, which is p − t for one-hot targets.
     */
    SOFTMAX_CE("softmax_ce", "p = softmax(y), E = −Σ t·ln p") {
        @Override
        public double value(double[] y, double[] t, int k) {
            double max = max(y, k);
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += PortableMath.exp(y[i] - max);
            }
            double logSum = PortableMath.log(sum) + max;
            double e = 0;
            for (int i = 0; i < k; i++) {
                if (t[i] != 0) {
                    e -= t[i] * (y[i] - logSum);
                }
            }
            return e;
        }

        @Override
        public void gradient(double[] y, double[] t, int k, double[] out) {
            softmax(y, k, out);
            double total = 0;
            for (int i = 0; i < k; i++) {
                total += t[i];
            }
            for (int i = 0; i < k; i++) {
                out[i] = out[i] * total - t[i]; // total is exactly 1 for one-hot targets: then the bits of p − t
            }
        }
    };

    /** Probabilities are kept this far from 0 and 1 so that ln never sees 0 (as Keras does with 1e-7). */
    static final double EPSILON = 1e-12;

    private final String id;
    private final String formula;

    Loss(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** E for one sample's first k outputs. */
    public abstract double value(double[] y, double[] t, int k);

    /** ∂E/∂y for one sample, written into out[0..k). */
    public abstract void gradient(double[] y, double[] t, int k, double[] out);

    @Override
    public String id() {
        return id;
    }

    /** The formula shown beside the loss. */
    public String formula() {
        return formula;
    }

    /** The loss with this id, or null. */
    public static Loss byId(String id) {
        return Named.byId(values(), id);
    }

    /** softmax(y[0..k)) into out, shifted by the maximum so that exp never overflows. */
    public static void softmax(double[] y, int k, double[] out) {
        double max = max(y, k);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            out[i] = PortableMath.exp(y[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < k; i++) {
            out[i] /= sum;
        }
    }

    static double sumSquares(double[] y, double[] t, int k) {
        double e = 0;
        for (int i = 0; i < k; i++) {
            double d = y[i] - t[i];
            e += d * d;
        }
        return e;
    }

    static double clampProbability(double p) {
        return p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
    }

    private static double max(double[] y, int k) {
        double m = y[0];
        for (int i = 1; i < k; i++) {
            if (y[i] > m) {
                m = y[i];
            }
        }
        return m;
    }
}
