package org.backproplab.engine;

/**
 * A unit's activation function x = f(s) with its derivative f′(s) written beside it.
 *
 * <p>The derivative takes both s and x = f(s) so that units like sigmoid and tanh can reuse the value they
 * already computed (σ′ = x(1 − x), tanh′ = 1 − x²), as the whiteboard does.
 */
public enum Activation implements Named {
    IDENTITY("identity", "f(s) = s") {
        @Override
        public double apply(double s) {
            return s;
        }

        @Override
        public double derivative(double s, double x) {
            return 1;
        }

        @Override
        void applyAll(double[] s, double[] x, int n) {
            for (int j = 0; j < n; j++) {
                x[j] = s[j];
            }
        }

        @Override
        void multiplyByDerivative(double[] s, double[] x, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] = d[j] * 1;
            }
        }
    },
    /** Heaviside threshold for perceptrons; its derivative is zero almost everywhere, so backprop can't train it. */
    STEP("step", "f(s) = 1 if s > 0 else 0") {
        @Override
        public double apply(double s) {
            return s > 0 ? 1 : 0;
        }

        @Override
        public double derivative(double s, double x) {
            return 0;
        }
    },
    SIGN("sign", "f(s) = sign(s)") {
        @Override
        public double apply(double s) {
            return s > 0 ? 1 : s < 0 ? -1 : 0;
        }

        @Override
        public double derivative(double s, double x) {
            return 0;
        }
    },
    SIGMOID("sigmoid", "σ(s) = 1 / (1 + e^(−s))") {
        @Override
        public double apply(double s) {
            return sigmoid(s);
        }

        @Override
        public double derivative(double s, double x) {
            return x * (1 - x);
        }

        @Override
        void applyAll(double[] s, double[] x, int n) {
            PortableMath.sigmoid(s, x, n);
        }

        @Override
        void multiplyByDerivative(double[] s, double[] x, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] = x[j] * (1 - x[j]) * d[j]; // σ′ first: TeaVM drops the parentheses of d·(x(1 − x))
            }
        }
    },
    TANH("tanh", "f(s) = tanh(s)") {
        @Override
        public double apply(double s) {
            return PortableMath.tanh(s);
        }

        @Override
        public double derivative(double s, double x) {
            return 1 - x * x;
        }

        @Override
        void applyAll(double[] s, double[] x, int n) {
            for (int j = 0; j < n; j++) {
                x[j] = PortableMath.tanh(s[j]);
            }
        }

        @Override
        void multiplyByDerivative(double[] s, double[] x, double[] d, int n) {
            for (int j = 0; j < n; j++) {
                d[j] = d[j] * (1 - x[j] * x[j]);
            }
        }
    },
    RELU("relu", "f(s) = max(0, s)") {
        @Override
        public double apply(double s) {
            return s > 0 ? s : 0;
        }

        @Override
        public double derivative(double s, double x) {
            return s > 0 ? 1 : 0;
        }
    },
    LEAKY_RELU("leaky_relu", "f(s) = s if s > 0 else 0.01·s") {
        @Override
        public double apply(double s) {
            return s > 0 ? s : LEAK * s;
        }

        @Override
        public double derivative(double s, double x) {
            return s > 0 ? 1 : LEAK;
        }
    },
    ELU("elu", "f(s) = s if s > 0 else e^s − 1") {
        @Override
        public double apply(double s) {
            return s > 0 ? s : PortableMath.expm1(s);
        }

        @Override
        public double derivative(double s, double x) {
            return s > 0 ? 1 : x + 1;
        }
    },
    SOFTPLUS("softplus", "f(s) = ln(1 + e^s)") {
        @Override
        public double apply(double s) {
            // max(s, 0) + ln(1 + e^−|s|) never overflows and keeps precision for large |s|
            return (s > 0 ? s : 0) + PortableMath.log1p(PortableMath.exp(-Math.abs(s)));
        }

        @Override
        public double derivative(double s, double x) {
            return sigmoid(s);
        }
    },
    GELU_TANH("gelu_tanh", "f(s) = ½·s·(1 + tanh(√(2/π)·(s + 0.044715·s³)))") {
        @Override
        public double apply(double s) {
            if (s < -FAR) {
                return -0.0; // what the formula gives (tanh is exactly −1), without its 0·∞ at s = −∞
            }
            return 0.5 * s * (1 + PortableMath.tanh(SQRT_2_OVER_PI * (s + GELU_C * s * s * s)));
        }

        @Override
        public double derivative(double s, double x) {
            if (s > FAR || s < -FAR) {
                return s > 0 ? 1 : 0; // the formula's own values out here, before s³ overflows into 0·∞
            }
            double t = PortableMath.tanh(SQRT_2_OVER_PI * (s + GELU_C * s * s * s));
            return 0.5 * (1 + t) + 0.5 * s * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * GELU_C * s * s);
        }
    },
    GELU_ERF("gelu_erf", "f(s) = s·Φ(s) = ½·s·(1 + erf(s/√2))") {
        @Override
        public double apply(double s) {
            if (s < -FAR) {
                return -0.0; // erf is exactly −1 here: the formula's value, without 0·∞ at s = −∞
            }
            return 0.5 * s * (1 + PortableMath.erf(s * INV_SQRT_2));
        }

        @Override
        public double derivative(double s, double x) {
            if (s > FAR || s < -FAR) {
                return s > 0 ? 1 : 0; // Φ is exactly 0 or 1 and φ underflows: the formula's values, without ∞·0
            }
            // Φ(s) + s·φ(s)
            return 0.5 * (1 + PortableMath.erf(s * INV_SQRT_2)) + s * INV_SQRT_2PI * PortableMath.exp(-0.5 * s * s);
        }
    },
    SILU("silu", "f(s) = s·σ(s)") {
        @Override
        public double apply(double s) {
            if (s < -SIGMOID_ZERO) {
                return -0.0; // σ(s) is exactly 0 here: the formula's value, without −∞·0 at s = −∞
            }
            return s * sigmoid(s);
        }

        @Override
        public double derivative(double s, double x) {
            if (s > FAR) {
                return 1; // σ(s) is exactly 1: the formula's value, without ∞·0 at s = ∞
            }
            if (s < -SIGMOID_ZERO) {
                return -0.0; // σ(s) is exactly 0: 0·(1 + s) as the formula gives it, without 0·∞ at s = −∞
            }
            double sig = sigmoid(s);
            return sig * (1 + s * (1 - sig));
        }
    };

    static final double LEAK = 0.01;
    /**
     * Beyond ±40 tanh, erf and σ are exactly ±1 (or 0 and 1) in doubles, so GELU and SiLU equal their limits;
     * the units return those values directly so that s = ±∞ gives them too instead of 0·∞ = NaN.
     */
    static final double FAR = 40;
    /** Below −746, e^s underflows to 0 and σ(s) is exactly 0. */
    static final double SIGMOID_ZERO = 746;
    static final double GELU_C = 0.044715;
    static final double SQRT_2_OVER_PI = 0.7978845608028654; // √(2/π)
    static final double INV_SQRT_2 = 0.7071067811865476; // 1/√2
    static final double INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)

    private final String id;
    private final String formula;

    Activation(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** x = f(s). */
    public abstract double apply(double s);

    /** f′(s), given s and x = f(s). */
    public abstract double derivative(double s, double x);

    /**
     * x[j] = f(s[j]) for the first n units of a layer. One call per layer instead of one per unit; the functions
     * that deep networks use most override it with the loop written out, so no call is left inside it.
     */
    void applyAll(double[] s, double[] x, int n) {
        for (int j = 0; j < n; j++) {
            x[j] = apply(s[j]);
        }
    }

    /** d[j] = d[j]·f′(s[j]) for the first n units of a layer, given x = f(s); overridden like {@link #applyAll}. */
    void multiplyByDerivative(double[] s, double[] x, double[] d, int n) {
        for (int j = 0; j < n; j++) {
            d[j] = d[j] * derivative(s[j], x[j]);
        }
    }

    @Override
    public String id() {
        return id;
    }

    /** The formula shown beside the unit. */
    public String formula() {
        return formula;
    }

    /** The activation with this id, or null. */
    public static Activation byId(String id) {
        return Named.byId(values(), id);
    }

    /** Spellings people write besides the ids, for messages that list what is accepted. */
    public static final String OTHER_SPELLINGS = "names such as ReLU, Leaky ReLU, logistic, swish or GELU work too, in"
            + " any case";

    /**
     * The activation a person means by {@code name}: its id, or a common spelling in any case, with spaces, hyphens
     * or brackets for the underscore ("ReLU", "Leaky ReLU", "leaky-relu", "Sigmoid", "logistic", "swish", "GELU",
     * "GELU (tanh)"), or the name the page shows for it ("SiLU (swish)"); null when none. "GELU" alone is the exact erf form, as in PyTorch's {@code nn.GELU()}.
     */
    public static Activation byName(String name) {
        String key = spelling(name);
        Activation a = byId(key);
        if (a != null) {
            return a;
        }
        switch (key) {
            case "linear":
            case "none":
            case "identity_linear":
                return IDENTITY;
            case "heaviside":
            case "step_heaviside":
                return STEP;
            case "sgn":
            case "signum":
                return SIGN;
            case "logistic":
            case "sigma":
                return SIGMOID;
            case "leakyrelu":
            case "lrelu":
                return LEAKY_RELU;
            case "gelu":
            case "gelu_exact":
                return GELU_ERF;
            case "gelu_approx":
            case "gelu_approximate":
            case "gelu_tanh_approximation":
                return GELU_TANH;
            case "swish":
            case "silu_swish":
                return SILU;
            default:
                return null;
        }
    }

    /** Lower case, and each run of spaces, hyphens, underscores and brackets as one underscore, none at the ends. */
    private static String spelling(String name) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c == ' ' || c == '-' || c == '_' || c == '(' || c == ')' || c == '\t') {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append('_');
            }
            gap = false;
            out.append(c);
        }
        return out.toString();
    }

    /** σ(s) = 1 / (1 + e^(−s)), written so that e^(−s) never overflows for large negative s. */
    public static double sigmoid(double s) {
        return PortableMath.sigmoid(s);
    }
}
