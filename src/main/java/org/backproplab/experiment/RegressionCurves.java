package org.backproplab.experiment;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Network;

/**
 * The curves of a one-input regression run on a fine grid across its data: the true function and its
 * derivative (fixed for the run, when the data come from a known function) and the network's output and
 * dy/dx (recomputed as it trains).
 */
public final class RegressionCurves {
    /** Grid points across the data: fine enough that the curves look smooth, cheap enough for every frame. */
    public static final int POINTS = 201;

    private final double[] xs;
    private final double[] truth;
    private final double[] truthSlope;
    private final boolean hasTruth;

    private RegressionCurves(double[] xs, TargetFunction target) {
        this.xs = xs;
        this.truth = new double[xs.length];
        this.truthSlope = new double[xs.length];
        this.hasTruth = target != null;
        for (int i = 0; i < xs.length; i++) {
            truth[i] = target == null ? Double.NaN : target.value(xs[i]);
            truthSlope[i] = target == null ? Double.NaN : target.slope(xs[i]);
        }
    }

    /** The curves for a run with one input (the grid spans all its points: training, validation and test). */
    public static RegressionCurves of(TrainingRun run) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dataset d : new Dataset[] {run.trainingSet(), run.validationSet(), run.testSet()}) {
            for (int i = 0; i < d.size(); i++) {
                double x = d.xs()[i * d.inputDim()];
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return new RegressionCurves(grid(lo, hi, POINTS), TargetFunction.of(run.state()));
    }

    /** n equally spaced points from a to b, both ends exact; a one-point range is widened to a ± 0.5. */
    static double[] grid(double a, double b, int n) {
        if (!(b > a)) {
            a -= 0.5;
            b = a + 1;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a + i * (b - a) / (n - 1);
        }
        out[n - 1] = b;
        return out;
    }

    /** The grid's x values (a copy). */
    public double[] xs() {
        return xs.clone();
    }

    /** Whether the data come from a known function (built-in curves, typed formulas; not CSV data). */
    public boolean hasTruth() {
        return hasTruth;
    }

    /** The true function on the grid (NaN everywhere without one). */
    public double[] truth() {
        return truth.clone();
    }

    /** The true derivative on the grid (NaN where it has none, and everywhere without a true function). */
    public double[] truthSlope() {
        return truthSlope.clone();
    }

    /** The network's first output on the grid. */
    public double[] fit(Network net) {
        double[] out = new double[xs.length];
        double[] in = new double[1];
        for (int i = 0; i < xs.length; i++) {
            in[0] = xs[i];
            out[i] = net.forward(in, 0)[0];
        }
        return out;
    }

    /** The network's dy/dx on the grid, from {@link NetworkSlope}. */
    public double[] slope(Network net) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = NetworkSlope.at(net, xs[i]);
        }
        return out;
    }
}
