package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Curve;
import org.junit.jupiter.api.Test;

class TargetFunctionTest {
    private static TargetFunction of(String data) {
        return TargetFunction.of(new ExperimentState().with(Fields.DATA, data));
    }

    @Test
    void rungeDerivativeMatchesHandComputedValues() {
        TargetFunction f = of("runge");
        // f'(x) = −50x / (1 + 25x²)²
        assertEquals(0.0, f.slope(0), 0);
        assertEquals(-2.5, f.slope(0.2), 1e-15); // −10 / (1 + 1)² = −10/4
        assertEquals(3.2, f.slope(-0.1), 1e-15); // 5 / 1.25² = 5 / 1.5625
        assertEquals(-25 / 52.5625, f.slope(0.5), 1e-15); // −25 / 7.25²
        assertEquals(-0.4756242568370987, f.slope(0.5), 1e-15);
    }

    @Test
    void builtInDerivativesAgreeWithCentralDifferencesOfTheCurves() {
        String[] ids = {"runge", "sin", "abs", "step"};
        Curve[] curves = {Curve.RUNGE, Curve.SIN_PI, Curve.ABS, Curve.STEP};
        double h = 1e-6;
        for (int c = 0; c < ids.length; c++) {
            TargetFunction f = of(ids[c]);
            for (double x = -0.95; x < 1; x += 0.1) {
                double numeric = (curves[c].at(x + h) - curves[c].at(x - h)) / (2 * h);
                assertEquals(numeric, f.slope(x), 1e-7, ids[c] + " at " + x);
                assertEquals(curves[c].at(x), f.value(x), 0, ids[c] + " value at " + x);
            }
        }
    }

    @Test
    void sinDerivativeIsPiTimesCosine() {
        TargetFunction f = of("sin");
        assertEquals(Math.PI, f.slope(0), 1e-15);
        assertEquals(2.221441469079183, f.slope(0.25), 1e-15); // π·cos(π/4) = π/√2
        assertEquals(0.0, f.slope(0.5), 1e-15);
        assertEquals(-Math.PI, f.slope(1), 1e-15);
    }

    @Test
    void kinkAndJumpHaveNoDerivativeAtZero() {
        TargetFunction abs = of("abs");
        assertEquals(-1.0, abs.slope(-0.3));
        assertEquals(1.0, abs.slope(0.3));
        assertTrue(Double.isNaN(abs.slope(0)));
        TargetFunction step = of("step");
        assertEquals(0.0, step.slope(-0.5));
        assertEquals(0.0, step.slope(0.5));
        assertTrue(Double.isNaN(step.slope(0)));
    }

    @Test
    void typedFormulaIsDifferentiatedNumerically() {
        TargetFunction f = TargetFunction.of(new ExperimentState().with(Fields.DATA, "formula")
                .with(Fields.FORMULA, "x^3 - 2*x"));
        assertNotNull(f);
        assertEquals(-0.875, f.value(0.5), 1e-15); // 0.125 − 1
        assertEquals(-1.25, f.slope(0.5), 1e-9); // 3·0.25 − 2
        assertEquals(1.0, f.slope(-1), 1e-9); // 3 − 2
    }

    @Test
    void classificationAndCsvDataHaveNoTargetFunction() {
        assertNull(of("xor_easy"));
        assertNull(of("csv_xy"));
        assertNull(of("spiral"));
    }
}
