package org.backproplab.engine;

/**
 * Facts about an activation's slope f′ that explain how gradients flow through it: the curve itself, where
 * |f′| is so small that the gradient vanishes, and the largest slope (σ′ never exceeds ¼, so ten sigmoid
 * layers shrink δ by at least 4¹⁰ ≈ 10⁶).
 */
public final class ActivationProfile {
    /** |f′(s)| below this counts as a vanishing gradient. */
    public static final double VANISHING = 0.01;
    /** The largest slope is searched on [−SEARCH, SEARCH]; a plateau or a rise reaching the edge is taken to go on. */
    static final double SEARCH = 20;
    /** Search samples: a step of 1/64, fine enough that no activation here has two slope maxima between samples. */
    private static final int SEARCH_SAMPLES = 2561;
    /** Bisection and golden-section steps: enough to shrink a 1/64 bracket below 1e-15. */
    private static final int REFINE_STEPS = 60;

    private ActivationProfile() {
    }

    /** f′(s), computing x = f(s) first as the network does. */
    public static double slope(Activation a, double s) {
        return a.derivative(s, a.apply(s));
    }

    /**
     * n ≥ 2 equally spaced points from lo to hi, both included; each is one correctly rounded division
     * (lo·(n − 1 − i) + hi·i)/(n − 1), so [−5, 5] with n = 401 gives exactly i/40 − 5 (to the nearest double)
     * and s = 0 exactly in the middle.
     */
    public static double[] samples(double lo, double hi, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least two samples");
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = (lo * (n - 1 - i) + hi * i) / (n - 1);
        }
        return s;
    }

    /**
     * The parts of [lo, hi] where |f′(s)| &lt; {@code threshold}, as [a₀, b₀, a₁, b₁, …]: found on n samples,
     * each end inside the range refined by bisection to about 1e-15.
     */
    public static double[] below(Activation a, double threshold, double lo, double hi, int n) {
        double[] s = samples(lo, hi, n);
        double[] out = new double[2 * n];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!isBelow(a, s[i], threshold)) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < n && isBelow(a, s[i + 1], threshold)) {
                i++;
            }
            out[count++] = start == 0 ? lo : edge(a, threshold, s[start - 1], s[start]);
            out[count++] = i == n - 1 ? hi : edge(a, threshold, s[i + 1], s[i]);
            i++;
        }
        double[] trimmed = new double[count];
        System.arraycopy(out, 0, trimmed, 0, count);
        return trimmed;
    }

    private static boolean isBelow(Activation a, double s, double threshold) {
        return Math.abs(slope(a, s)) < threshold;
    }

    /** The point between {@code outside} (|f′| ≥ threshold) and {@code inside} (|f′| &lt; threshold) where it changes. */
    private static double edge(Activation a, double threshold, double outside, double inside) {
        double out = outside;
        double in = inside;
        for (int k = 0; k < REFINE_STEPS; k++) {
            double mid = 0.5 * (out + in);
            if (isBelow(a, mid, threshold)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return 0.5 * (out + in);
    }

    /** The largest slope of {@code a} over all s, where it is reached, or where it is approached. */
    public static Peak peak(Activation a) {
        int n = SEARCH_SAMPLES;
        double[] s = samples(-SEARCH, SEARCH, n);
        double[] d = new double[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            d[i] = slope(a, s[i]);
            if (d[i] > d[best]) {
                best = i;
            }
        }
        double max = d[best];
        int first = best;
        int last = best;
        while (first > 0 && d[first - 1] == max) {
            first--;
        }
        while (last < n - 1 && d[last + 1] == max) {
            last++;
        }
        if (first < last) {
            // a flat top (relu's 1 for s > 0, identity's 1 everywhere): report its extent
            double from = first == 0 ? Double.NEGATIVE_INFINITY : plateauEdge(a, max, s[first - 1], s[first]);
            double to = last == n - 1 ? Double.POSITIVE_INFINITY : plateauEdge(a, max, s[last + 1], s[last]);
            return new Peak(max, from, to);
        }
        if (best == 0 || best == n - 1) {
            // still rising at the edge (softplus′ = σ(s) → 1): a supremum that is approached, never reached
            double toward = best == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return new Peak(max, toward, toward);
        }
        return goldenSection(a, s[best - 1], s[best + 1], max, s[best]);
    }

    /** The point between {@code off} (f′ &lt; max) and {@code on} (f′ = max) where the flat top begins. */
    private static double plateauEdge(Activation a, double max, double off, double on) {
        double lo = off;
        double hi = on;
        for (int k = 0; k < REFINE_STEPS; k++) {
            double mid = 0.5 * (lo + hi);
            if (slope(a, mid) == max) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The maximum of f′ on [lo, hi], which holds one smooth peak; falls back to the best sample if that is higher. */
    private static Peak goldenSection(Activation a, double lo, double hi, double sampleMax, double sampleAt) {
        final double r = 0.6180339887498949; // (√5 − 1)/2
        double x1 = hi - r * (hi - lo);
        double x2 = lo + r * (hi - lo);
        double f1 = slope(a, x1);
        double f2 = slope(a, x2);
        for (int k = 0; k < REFINE_STEPS; k++) {
            if (f1 < f2) {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + r * (hi - lo);
                f2 = slope(a, x2);
            } else {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - r * (hi - lo);
                f1 = slope(a, x1);
            }
        }
        double at = f1 >= f2 ? x1 : x2;
        double value = Math.max(f1, f2);
        return value >= sampleMax ? new Peak(value, at, at) : new Peak(sampleMax, sampleAt, sampleAt);
    }

    /**
     * The largest slope: reached at one point (from = to, finite), on a flat stretch from..to (either end may be
     * infinite; both for "everywhere"), or only approached as s → ±∞ (from = to = ±∞).
     */
    public static final class Peak {
        private final double value;
        private final double from;
        private final double to;

        Peak(double value, double from, double to) {
            this.value = value;
            this.from = from;
            this.to = to;
        }

        /** The largest f′ (the supremum when it is only approached). */
        public double value() {
            return value;
        }

        /** Where the largest slope starts (−∞ if it extends left forever). */
        public double from() {
            return from;
        }

        /** Where the largest slope ends (+∞ if it extends right forever). */
        public double to() {
            return to;
        }

        /** Whether the largest slope is only approached as s → ±∞, never reached. */
        public boolean isLimit() {
            return from == to && Double.isInfinite(from);
        }

        /** Whether it is reached at a single point. */
        public boolean isPoint() {
            return from == to && !Double.isInfinite(from);
        }
    }
}
