package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Curve;
import org.backproplab.engine.Network;
import org.junit.jupiter.api.Test;

class RegressionCurvesTest {
    private static TrainingRun run(String fragment) {
        return TrainingRun.start(LinkCodec.decode(fragment).state());
    }

    @Test
    void rungeCurvesSpanTheDataAndFollowTheFunction() {
        TrainingRun run = run("data=runge&n=50&val=0.3&h=4&act=tanh&out=identity&loss=mse");
        RegressionCurves c = RegressionCurves.of(run);
        double[] xs = c.xs();
        assertEquals(RegressionCurves.POINTS, xs.length);
        assertEquals(-1.0, xs[0]); // the ends of the equally spaced data, whichever split holds them
        assertEquals(1.0, xs[xs.length - 1]);
        assertEquals(0.0, xs[100], 1e-15);
        assertTrue(c.hasTruth());
        assertEquals(1.0, c.truth()[100], 1e-15);
        assertEquals(Curve.RUNGE.at(xs[37]), c.truth()[37], 0);
        assertEquals(-50 * xs[37] / Math.pow(1 + 25 * xs[37] * xs[37], 2), c.truthSlope()[37], 1e-13);
    }

    @Test
    void networkCurveIsTheForwardPassAndItsSlopeTheCentralDifference() {
        TrainingRun run = run("data=sin&n=30&h=3&act=tanh&out=identity&loss=mse&opt=adam&lr=0.01");
        run.train(20);
        RegressionCurves c = RegressionCurves.of(run);
        Network net = run.network();
        double[] fit = c.fit(net);
        double[] slope = c.slope(net);
        double[] xs = c.xs();
        for (int i = 0; i < xs.length; i += 25) {
            assertEquals(net.forward(new double[] {xs[i]})[0], fit[i], 0);
            double h = 1e-4; // a different step from the plot's: both must agree on a smooth network
            double numeric = (net.forward(new double[] {xs[i] + h})[0] - net.forward(new double[] {xs[i] - h})[0])
                    / (2 * h);
            assertEquals(numeric, slope[i], 1e-6);
        }
    }

    @Test
    void csvDataHaveNoTrueCurve() {
        TrainingRun run = run("data=csv_xy&csv=0,1%0A0.5,2%0A2,0&h=2&out=identity&loss=mse");
        RegressionCurves c = RegressionCurves.of(run);
        assertFalse(c.hasTruth());
        assertTrue(Double.isNaN(c.truth()[0]));
        assertEquals(0.0, c.xs()[0]);
        assertEquals(2.0, c.xs()[RegressionCurves.POINTS - 1]);
    }

    @Test
    void aSinglePointRangeIsWidened() {
        double[] g = RegressionCurves.grid(3, 3, 5);
        assertEquals(2.5, g[0]);
        assertEquals(3.5, g[4]);
        assertEquals(3.0, g[2]);
    }
}
