package org.backproplab.web;

import org.backproplab.experiment.RegressionCurves;
import org.backproplab.experiment.TrainingRun;
import org.teavm.jso.JSExport;

/**
 * The numbers behind the Train view's regression plots: the true function and its derivative (fixed for the
 * run) and the network's curve and dy/dx (live), all on one fine grid across the data. Empty for
 * classification runs.
 */
public final class RegressionPlot {
    private final TrainingRun run;
    private final RegressionCurves curves;

    RegressionPlot(TrainingRun run) {
        boolean oneInput = run != null && !run.isClassification() && run.trainingSet().inputDim() == 1;
        this.run = oneInput ? run : null;
        this.curves = oneInput ? RegressionCurves.of(run) : null;
    }

    /** Whether there is anything to plot (a regression run with one input). */
    @JSExport
    public boolean active() {
        return curves != null;
    }

    /** Whether the data come from a known function, so that the true curve and derivative exist. */
    @JSExport
    public boolean hasTruth() {
        return curves != null && curves.hasTruth();
    }

    /** The grid's x values. */
    @JSExport
    public double[] xs() {
        return curves == null ? new double[0] : curves.xs();
    }

    /** The true function on the grid. */
    @JSExport
    public double[] truth() {
        return curves == null ? new double[0] : curves.truth();
    }

    /** The true derivative on the grid (NaN where it has none). */
    @JSExport
    public double[] truthSlope() {
        return curves == null ? new double[0] : curves.truthSlope();
    }

    /** The network's output on the grid, with its current weights. */
    @JSExport
    public double[] fit() {
        return curves == null ? new double[0] : curves.fit(run.network());
    }

    /** The network's dy/dx on the grid, with its current weights. */
    @JSExport
    public double[] slope() {
        return curves == null ? new double[0] : curves.slope(run.network());
    }
}
