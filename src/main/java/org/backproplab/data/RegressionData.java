package org.backproplab.data;

import java.util.Arrays;
import java.util.Collections;
import org.backproplab.engine.Rng;

/**
 * One-input, one-output regression sets: sample x positions first ({@link #equallySpaced} or {@link #uniform}),
 * then build targets from a {@link Curve} or a typed formula, optionally with Gaussian noise on y.
 *
 * <p>Noise draws one {@code rng.nextGaussian()} per point, in x order, only when noise &gt; 0; with noise 0 the
 * rng is not used and may be null.
 */
public final class RegressionData {
    private RegressionData() {
    }

    /** n equally spaced points on [−1,1], both ends included exactly. */
    public static double[] equallySpaced(int n) {
        return equallySpaced(n, -1, 1);
    }

    /** n equally spaced points x_i = a + i(b−a)/(n−1) on [a,b]; the ends are exactly a and b. */
    public static double[] equallySpaced(int n, double a, double b) {
        checkInterval(a, b);
        if (n < 2 || n > ClassificationData.MAX_POINTS) {
            throw new IllegalArgumentException("number of points must be from 2 to "
                    + ClassificationData.MAX_POINTS + ": " + n);
        }
        double[] xs = new double[n];
        double width = b - a;
        for (int i = 0; i < n; i++) {
            xs[i] = a + i * width / (n - 1);
        }
        // Rounding could leave the last point a hair off b; the ends matter for plots and for tests.
        xs[n - 1] = b;
        return xs;
    }

    /** n points uniform on [−1,1), sorted ascending. */
    public static double[] uniform(int n, Rng rng) {
        return uniform(n, -1, 1, rng);
    }

    /** n points uniform on [a,b), drawn with {@code rng.uniform(a, b)} and then sorted ascending for plotting. */
    public static double[] uniform(int n, double a, double b, Rng rng) {
        checkInterval(a, b);
        ClassificationData.checkCount(n);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = rng.uniform(a, b);
        }
        Arrays.sort(xs);
        return xs;
    }

    /** The curve sampled at {@code xs}, plus Gaussian noise of standard deviation {@code noise} on y. */
    public static Dataset curve(Curve curve, double[] xs, double noise, Rng rng) {
        checkNoise(noise, rng);
        double[] y = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            y[i] = curve.at(xs[i]);
        }
        addNoise(y, noise, rng);
        return Dataset.regression(curve.displayName(), 1, 1, xs, y);
    }

    /**
     * A typed formula of x sampled at {@code xs}, plus noise; errors (a bad formula, or points where it has no
     * finite value, such as log(x) at x ≤ 0) come back in the result.
     */
    public static DataResult formula(String text, double[] xs, double noise, Rng rng) {
        checkNoise(noise, rng);
        Expression.Result compiled = Expression.compile(text);
        if (!compiled.ok()) {
            return DataResult.failure(compiled.error());
        }
        double[] y = compiled.expression().evalAll(xs);
        int bad = 0;
        int firstBad = -1;
        for (int i = 0; i < y.length; i++) {
            if (!NumberScan.isFinite(y[i])) {
                if (bad++ == 0) {
                    firstBad = i;
                }
            }
        }
        if (bad > 0) {
            String others = bad == 1 ? "" : bad == 2 ? " and 1 other point" : " and " + (bad - 1) + " other points";
            return DataResult.failure(Collections.singletonList("the formula has no finite value at x = "
                    + NumberScan.format(xs[firstBad]) + others), 1, xs.length - bad);
        }
        addNoise(y, noise, rng);
        return DataResult.success(Dataset.regression(text.trim(), 1, 1, xs, y));
    }

    private static void addNoise(double[] y, double noise, Rng rng) {
        if (noise > 0) {
            for (int i = 0; i < y.length; i++) {
                y[i] += noise * rng.nextGaussian();
            }
        }
    }

    private static void checkNoise(double noise, Rng rng) {
        if (!(noise >= 0) || !NumberScan.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number ≥ 0");
        }
        if (noise > 0 && rng == null) {
            throw new IllegalArgumentException("noise needs an Rng");
        }
    }

    private static void checkInterval(double a, double b) {
        if (!NumberScan.isFinite(a) || !NumberScan.isFinite(b) || !(a < b)) {
            throw new IllegalArgumentException("interval must have finite ends a < b");
        }
    }
}
