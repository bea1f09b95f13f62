package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class RegressionDataTest {
    @Test
    void rungeHasItsTextbookValues() {
        assertEquals(1.0, Curve.RUNGE.at(0));
        assertEquals(0.5, Curve.RUNGE.at(0.2));
        assertEquals(0.5, Curve.RUNGE.at(-0.2));
        assertEquals(1.0 / 26, Curve.RUNGE.at(1), 1e-15);
    }

    @Test
    void otherCurvesHaveTheirValues() {
        assertEquals(1.0, Curve.SIN_PI.at(0.5), 1e-15);
        assertEquals(0.0, Curve.SIN_PI.at(1), 1e-15);
        assertEquals(0.25, Curve.ABS.at(-0.25));
        assertEquals(0.0, Curve.STEP.at(-1e-9));
        assertEquals(1.0, Curve.STEP.at(0));
        assertEquals(1.0, Curve.STEP.at(0.7));
    }

    @Test
    void equallySpacedHitsBothEndsExactly() {
        double[] xs = RegressionData.equallySpaced(21);
        assertEquals(21, xs.length);
        assertEquals(-1.0, xs[0]);
        assertEquals(1.0, xs[20]);
        assertEquals(0.0, xs[10]);
        assertEquals(-0.9, xs[1], 1e-15);
        double[] odd = RegressionData.equallySpaced(7, 0.1, 0.7);
        assertEquals(0.1, odd[0]);
        assertEquals(0.7, odd[6]);
        for (int i = 1; i < odd.length; i++) {
            assertTrue(odd[i] > odd[i - 1]);
        }
    }

    @Test
    void uniformSamplesAreSortedInsideTheIntervalAndSeeded() {
        double[] xs = RegressionData.uniform(200, -2, 3, new Rng(5));
        for (int i = 0; i < xs.length; i++) {
            assertTrue(xs[i] >= -2 && xs[i] < 3);
            if (i > 0) {
                assertTrue(xs[i] >= xs[i - 1]);
            }
        }
        assertArrayEquals(xs, RegressionData.uniform(200, -2, 3, new Rng(5)));
        assertFalse(java.util.Arrays.equals(xs, RegressionData.uniform(200, -2, 3, new Rng(6))));
        double[] unit = RegressionData.uniform(100, new Rng(1));
        assertTrue(unit[0] >= -1 && unit[99] < 1);
    }

    @Test
    void curveDatasetSamplesTheCurveWithoutNoise() {
        Dataset d = RegressionData.curve(Curve.RUNGE, RegressionData.equallySpaced(11), 0, null);
        assertEquals(Task.REGRESSION, d.task());
        assertEquals(11, d.size());
        assertEquals(1, d.inputDim());
        assertEquals(1, d.outputDim());
        assertEquals("runge", d.name());
        assertEquals(1.0, d.target(5, 0));
        assertEquals(0.5, d.target(4, 0), 1e-15); // x = -0.2 up to the rounding of -1 + 4 * 2 / 10
        assertEquals(1.0 / 26, d.target(0, 0), 1e-15);
    }

    @Test
    void noiseIsOneGaussianPerPointInOrder() {
        double[] xs = RegressionData.equallySpaced(5);
        Dataset d = RegressionData.curve(Curve.STEP, xs, 0.1, new Rng(8));
        Rng r = new Rng(8);
        for (int i = 0; i < 5; i++) {
            assertEquals(Curve.STEP.at(xs[i]) + 0.1 * r.nextGaussian(), d.target(i, 0));
        }
        assertEquals(d, RegressionData.curve(Curve.STEP, xs, 0.1, new Rng(8)));
    }

    @Test
    void formulaBuildsADataset() {
        DataResult r = RegressionData.formula("x^2 - 1", RegressionData.equallySpaced(3), 0, null);
        assertTrue(r.ok());
        assertArrayEquals(new double[] {0, -1, 0}, r.dataset().ys());
        assertEquals("x^2 - 1", r.dataset().name());
        assertEquals(3, r.goodRows());
    }

    @Test
    void formulaErrorsComeBackAsResults() {
        DataResult bad = RegressionData.formula("sinn(x)", RegressionData.equallySpaced(3), 0, null);
        assertFalse(bad.ok());
        assertEquals(java.util.List.of("column 1: unknown name 'sinn'"), bad.errors());
        assertThrows(IllegalStateException.class, bad::dataset);
    }

    @Test
    void formulaUndefinedSomewhereIsReportedWithTheFirstX() {
        DataResult r = RegressionData.formula("log(x)", RegressionData.equallySpaced(5), 0, null);
        assertFalse(r.ok());
        assertEquals(java.util.List.of("the formula has no finite value at x = -1 and 2 other points"), r.errors());
        assertEquals(2, r.goodRows());
        DataResult one = RegressionData.formula("1/x", RegressionData.equallySpaced(5), 0, null);
        assertEquals(java.util.List.of("the formula has no finite value at x = 0"), one.errors());
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RegressionData.equallySpaced(1));
        assertThrows(IllegalArgumentException.class, () -> RegressionData.equallySpaced(5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> RegressionData.uniform(5, 2, 1, new Rng(1)));
        double[] xs = RegressionData.equallySpaced(5);
        assertThrows(IllegalArgumentException.class, () -> RegressionData.curve(Curve.ABS, xs, -1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> RegressionData.curve(Curve.ABS, xs, 0.1, null));
    }
}
