package org.backproplab.experiment.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.backproplab.experiment.ExperimentState;
import org.junit.jupiter.api.Test;

/**
 * Reference case W3, the 2-2-1 sigmoid network with L = ½(t − y)² and η = 0.1, as reconstructed in the preset:
 * x = (0, 1), t = 1, h₁ = σ(2x₁ − 1.5x₂ + 3), h₂ = σ(x₁ + 2.5x₂ + 3), y = σ(0.5h₁ + h₂ − 1). Every shown number is
 * computed here by hand, step by step, with java.lang.Math, not by the engine.
 */
class WorksheetW3Test {
    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The whole step written out: forward, error, backward, gradients, update and forward again. */
    private static Map<String, Double> byHand() {
        Map<String, Double> e = new LinkedHashMap<>();
        double x1 = 0;
        double x2 = 1;
        double t = 1;
        double eta = 0.1;
        // W⁽¹⁾: row 0 biases (3, 3), row 1 weights of x₁ (2, 1), row 2 weights of x₂ (−1.5, 2.5)
        double[][] w1 = {{3, 3}, {2, 1}, {-1.5, 2.5}};
        // W⁽²⁾: bias −1, weights 0.5 (h₁) and 1 (h₂)
        double[][] w2 = {{-1}, {0.5}, {1}};
        put(e, "W:1", w1);
        put(e, "W:2", w2);
        e.put("x:0:0", 1.0);
        e.put("x:0:1", x1);
        e.put("x:0:2", x2);
        e.put("t:1", t);

        double s11 = 3 + 2 * x1 + -1.5 * x2; // = 1.5, the course's first pre-activation
        double s12 = 3 + 1 * x1 + 2.5 * x2; // = 5.5, its second
        double h1 = sigmoid(s11);
        double h2 = sigmoid(s12);
        double s2 = -1 + 0.5 * h1 + 1 * h2; // ≈ 0.4047
        double y = sigmoid(s2); // ≈ 0.5998
        double loss = 0.5 * (t - y) * (t - y);
        e.put("s:1:1", s11);
        e.put("s:1:2", s12);
        e.put("x:1:0", 1.0);
        e.put("x:1:1", h1);
        e.put("x:1:2", h2);
        e.put("s:2:1", s2);
        e.put("x:2:1", y);
        e.put("E", loss);

        double dEdy = y - t; // d/dy ½(t − y)²
        double fp2 = y * (1 - y); // σ′(s) = σ(s)(1 − σ(s))
        double d2 = dEdy * fp2;
        double dEdh1 = 0.5 * d2; // row 1 of W⁽²⁾ times δ⁽²⁾
        double dEdh2 = 1 * d2; // row 2
        double fp11 = h1 * (1 - h1);
        double fp12 = h2 * (1 - h2);
        double d11 = dEdh1 * fp11;
        double d12 = dEdh2 * fp12;
        e.put("dEdx:2:1", dEdy);
        e.put("fp:2:1", fp2);
        e.put("d:2:1", d2);
        e.put("dEdx:1:1", dEdh1);
        e.put("dEdx:1:2", dEdh2);
        e.put("fp:1:1", fp11);
        e.put("fp:1:2", fp12);
        e.put("d:1:1", d11);
        e.put("d:1:2", d12);

        // ∂E/∂W⁽ˡ⁾ᵢⱼ = x⁽ˡ⁻¹⁾ᵢ δ⁽ˡ⁾ⱼ with x₀ = 1
        double[][] g1 = {{1 * d11, 1 * d12}, {x1 * d11, x1 * d12}, {x2 * d11, x2 * d12}};
        double[][] g2 = {{1 * d2}, {h1 * d2}, {h2 * d2}};
        put(e, "g:1", g1);
        put(e, "g:2", g2);
        double[][] n1 = new double[3][2];
        double[][] n2 = new double[3][1];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                n1[i][j] = w1[i][j] - eta * g1[i][j];
            }
            n2[i][0] = w2[i][0] - eta * g2[i][0];
        }
        put(e, "new:W:1", n1);
        put(e, "new:W:2", n2);

        double a11 = n1[0][0] + n1[1][0] * x1 + n1[2][0] * x2;
        double a12 = n1[0][1] + n1[1][1] * x1 + n1[2][1] * x2;
        double ah1 = sigmoid(a11);
        double ah2 = sigmoid(a12);
        double a2 = n2[0][0] + n2[1][0] * ah1 + n2[2][0] * ah2;
        double ay = sigmoid(a2);
        e.put("after:x:0:0", 1.0);
        e.put("after:x:0:1", x1);
        e.put("after:x:0:2", x2);
        e.put("after:s:1:1", a11);
        e.put("after:s:1:2", a12);
        e.put("after:x:1:0", 1.0);
        e.put("after:x:1:1", ah1);
        e.put("after:x:1:2", ah2);
        e.put("after:s:2:1", a2);
        e.put("after:x:2:1", ay);
        e.put("after:E", 0.5 * (t - ay) * (t - ay));
        WorksheetGoldenTest.putChecks(e, 2, 2);
        return e;
    }

    private static void put(Map<String, Double> e, String prefix, double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                e.put(prefix + ":" + i + ":" + (j + 1), m[i][j]);
            }
        }
    }

    @Test
    void everyShownNumberIsTheHandComputation() {
        for (BiasConvention c : BiasConvention.values()) {
            int checked = WorksheetGoldenTest.assertEveryNumberMatches(WorksheetGoldenTest.firstStep("w3", c), byHand());
            assertTrue(checked > 40, c + ": only " + checked);
        }
    }

    @Test
    void reproducesTheNumbersTheCoursePrinted() {
        WorksheetStep step = WorksheetGoldenTest.firstStep("w3", BiasConvention.ROW0);
        assertEquals(1.5, step.s(1)[0]);
        assertEquals(5.5, step.s(1)[1]);
        assertEquals(0.4047, step.s(2)[0], 0.00005);
        assertEquals(0.5998, step.x(2)[0], 0.00005);
        // printed L = 0.08008 is ½(1 − 0.5998)² from the rounded y; the exact L rounds to 0.08007
        assertEquals(0.08008, 0.5 * (1 - 0.5998) * (1 - 0.5998), 0.000005);
        assertEquals(0.08007, step.error(), 0.000005);
        // σ′ at the three pre-activations: about 0.15, 0.0041 and 0.24 (the vanishing gradient of h₂)
        assertEquals(0.15, step.fPrime(1)[0], 0.005);
        assertEquals(0.0041, step.fPrime(1)[1], 0.00005);
        assertEquals(0.24, step.fPrime(2)[0], 0.005);
    }

    @Test
    void reluHiddenVariantGivesTheCoursesSigmaOfFivePointTwoFive() {
        ExperimentState state = WorksheetGoldenTest.preset("w3", BiasConvention.ROW0)
                .with(WorksheetFields.ACTIVATIONS, "relu relu\nsigmoid");
        WorksheetStep step = Worksheet.of(state).current();
        assertEquals("1.500000", WorksheetGoldenTest.text(step, "x:1:1"));
        assertEquals("5.500000", WorksheetGoldenTest.text(step, "x:1:2"));
        assertEquals("5.250000", WorksheetGoldenTest.text(step, "s:2:1")); // 0.5·1.5 + 5.5 − 1
        assertEquals(sigmoid(5.25), step.x(2)[0], 1e-15);
        assertEquals(0.9948, step.x(2)[0], 0.00005);
    }
}
