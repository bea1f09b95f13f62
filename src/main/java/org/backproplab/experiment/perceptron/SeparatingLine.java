package org.backproplab.experiment.perceptron;

import java.util.Optional;

/**
 * The part of the line w0 + w1·x1 + w2·x2 = 0 inside the plot box [−0.25, 1.25]², as two endpoints ordered by x1
 * (then x2), for the page to draw over the four input points.
 *
 * @param x1Start x1 of the first endpoint
 * @param x2Start x2 of the first endpoint
 * @param x1End   x1 of the second endpoint
 * @param x2End   x2 of the second endpoint
 */
public record SeparatingLine(double x1Start, double x2Start, double x1End, double x2End) {
    /** Lower edge of the plot box on both axes: a margin of 0.25 around the unit square. */
    public static final double BOX_MIN = -0.25;
    /** Upper edge of the plot box on both axes. */
    public static final double BOX_MAX = 1.25;

    /** The line of weights w0, w1, w2 clipped to the box; empty when w1 = w2 = 0 or the line misses the box. */
    public static Optional<SeparatingLine> of(double w0, double w1, double w2) {
        if (w1 == 0 && w2 == 0) {
            return Optional.empty();
        }
        // Solve for the coordinate with the larger coefficient (slope at most 1 in the other), which avoids dividing
        // by a tiny number and covers vertical and horizontal lines alike.
        if (Math.abs(w2) >= Math.abs(w1)) {
            double[] s = clip(w0, w1, w2);
            return s == null ? Optional.empty() : Optional.of(ordered(s[0], s[1], s[2], s[3]));
        }
        double[] s = clip(w0, w2, w1);
        return s == null ? Optional.empty() : Optional.of(ordered(s[1], s[0], s[3], s[2]));
    }

    /**
     * Clips w0 + a·u + b·v = 0, with |b| ≥ |a| and b ≠ 0, to the box; returns {u, v, u', v'} or null when the line
     * misses the box or only touches a corner.
     */
    private static double[] clip(double w0, double a, double b) {
        double uFrom = BOX_MIN;
        double uTo = BOX_MAX;
        if (a != 0) {
            // Where the line crosses the edges v = BOX_MIN and v = BOX_MAX.
            double uAtMin = -(w0 + b * BOX_MIN) / a;
            double uAtMax = -(w0 + b * BOX_MAX) / a;
            uFrom = Math.max(uFrom, Math.min(uAtMin, uAtMax));
            uTo = Math.min(uTo, Math.max(uAtMin, uAtMax));
        }
        double vFrom = -(w0 + a * uFrom) / b;
        double vTo = -(w0 + a * uTo) / b;
        if (a == 0 && (vFrom < BOX_MIN || vFrom > BOX_MAX)) {
            return null;
        }
        if (!(uFrom < uTo)) {
            return null;
        }
        // An end clipped at a v-edge is on that edge up to rounding; clamping puts it exactly there.
        return new double[] {uFrom, clamp(vFrom), uTo, clamp(vTo)};
    }

    private static double clamp(double v) {
        return Math.max(BOX_MIN, Math.min(BOX_MAX, v));
    }

    private static SeparatingLine ordered(double x1a, double x2a, double x1b, double x2b) {
        if (x1a < x1b || (x1a == x1b && x2a <= x2b)) {
            return new SeparatingLine(x1a, x2a, x1b, x2b);
        }
        return new SeparatingLine(x1b, x2b, x1a, x2a);
    }
}
