package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ActivationProfileTest {
    @Test
    void samplesOnMinusFiveToFiveAreExactlyTheFortieths() {
        double[] s = ActivationProfile.samples(-5, 5, 401);
        assertEquals(401, s.length);
        for (int i = 0; i <= 400; i++) {
            assertEquals((i - 200) / 40.0, s[i], 0, "sample " + i);
        }
        assertEquals(0.0, s[200], 0);
        assertEquals(-5.0, s[0], 0);
        assertEquals(5.0, s[400], 0);
    }

    @Test
    void sigmoidSlopeIsAtMostOneQuarterReachedAtZero() {
        ActivationProfile.Peak p = ActivationProfile.peak(Activation.SIGMOID);
        assertTrue(p.isPoint());
        assertEquals(0.25, p.value(), 0);
        assertEquals(0, p.from(), 1e-6);
    }

    @Test
    void tanhSlopeIsAtMostOneReachedAtZero() {
        ActivationProfile.Peak p = ActivationProfile.peak(Activation.TANH);
        assertTrue(p.isPoint());
        assertEquals(1, p.value(), 0);
        assertEquals(0, p.from(), 1e-6);
    }

    @Test
    void smoothPeaksOfSiluAndGeluTanhAreStationaryAndAboveEverySample() {
        for (Activation a : new Activation[] {Activation.SILU, Activation.GELU_TANH}) {
            ActivationProfile.Peak p = ActivationProfile.peak(a);
            assertTrue(p.isPoint(), a.id());
            double at = p.from();
            // f″(at) ≈ 0 by central differences of f′, and no point of a fine grid has a larger slope
            double h = 1e-5;
            double curvature = (ActivationProfile.slope(a, at + h) - ActivationProfile.slope(a, at - h)) / (2 * h);
            assertEquals(0, curvature, 1e-6, a.id() + " f″ at the peak");
            for (int i = -20000; i <= 20000; i++) {
                double s = i / 1000.0;
                assertTrue(ActivationProfile.slope(a, s) <= p.value(), a.id() + " at " + s);
            }
        }
        // SiLU′(s) = σ(s)·(1 + s·(1 − σ(s))) peaks near s = 2.3994 at about 1.0998 (a known value, to 4 places)
        ActivationProfile.Peak silu = ActivationProfile.peak(Activation.SILU);
        assertEquals(2.3994, silu.from(), 5e-5);
        assertEquals(1.0998, silu.value(), 5e-5);
    }

    @Test
    void geluErfPeaksAtRootTwoOncePortableErfExists() {
        assumeTrue(JacobianTest.erfAvailable(), "PortableMath.erf is still the placeholder");
        // f″(s) = φ(s)·(2 − s²) vanishes at s = √2, where f′ = Φ(√2) + √2·φ(√2) = ½(1 + erf 1) + √2·e⁻¹/√(2π)
        double erf1 = 0.8427007929497149;
        double expected = 0.5 * (1 + erf1) + Math.sqrt(2) * Math.exp(-1) / Math.sqrt(2 * Math.PI);
        ActivationProfile.Peak p = ActivationProfile.peak(Activation.GELU_ERF);
        assertEquals(expected, p.value(), 1e-15);
        assertEquals(Math.sqrt(2), p.from(), 1e-6);
    }

    @Test
    void piecewiseLinearUnitsHaveAFlatTopFromZeroOn() {
        for (Activation a : new Activation[] {Activation.RELU, Activation.LEAKY_RELU, Activation.ELU}) {
            ActivationProfile.Peak p = ActivationProfile.peak(a);
            assertEquals(1, p.value(), 0, a.id());
            assertEquals(0, p.from(), 1e-12, a.id());
            assertEquals(Double.POSITIVE_INFINITY, p.to(), a.id());
        }
    }

    @Test
    void identityHasSlopeOneAndStepHasSlopeZeroEverywhere() {
        ActivationProfile.Peak id = ActivationProfile.peak(Activation.IDENTITY);
        assertEquals(1, id.value(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, id.from());
        assertEquals(Double.POSITIVE_INFINITY, id.to());
        for (Activation a : new Activation[] {Activation.STEP, Activation.SIGN}) {
            ActivationProfile.Peak p = ActivationProfile.peak(a);
            assertEquals(0, p.value(), 0, a.id());
            assertEquals(Double.NEGATIVE_INFINITY, p.from(), a.id());
            assertEquals(Double.POSITIVE_INFINITY, p.to(), a.id());
        }
    }

    @Test
    void softplusSlopeOnlyApproachesOne() {
        ActivationProfile.Peak p = ActivationProfile.peak(Activation.SOFTPLUS);
        assertTrue(p.isLimit());
        assertEquals(Double.POSITIVE_INFINITY, p.from());
        // σ(20) = 1 − 2.06e-9: the slope at the edge of the search
        assertEquals(1 / (1 + Math.exp(-20)), p.value(), 1e-16);
    }

    @Test
    void sigmoidGradientVanishesBeyondTheRootOfSigmaPrimeEqualsOneHundredth() {
        // σ(1 − σ) = 0.01 ⇔ σ = (1 + √0.96)/2 ⇔ s = ln((1 + √0.96)/(1 − √0.96)) ≈ 4.5848
        double b = Math.log((1 + Math.sqrt(0.96)) / (1 - Math.sqrt(0.96)));
        double[] parts = ActivationProfile.below(Activation.SIGMOID, 0.01, -5, 5, 401);
        assertArrayEquals(new double[] {-5, -b, b, 5}, parts, 1e-12);
    }

    @Test
    void tanhGradientVanishesBeyondTheRootOfOneMinusTanhSquaredEqualsOneHundredth() {
        // 1 − tanh² = 0.01 ⇔ tanh = √0.99 ⇔ s = ½·ln((1 + √0.99)/(1 − √0.99)) ≈ 2.9945
        double b = 0.5 * Math.log((1 + Math.sqrt(0.99)) / (1 - Math.sqrt(0.99)));
        double[] parts = ActivationProfile.below(Activation.TANH, 0.01, -5, 5, 401);
        assertArrayEquals(new double[] {-5, -b, b, 5}, parts, 1e-12);
    }

    @Test
    void reluGradientIsZeroForNegativeInputsAndStepEverywhere() {
        assertArrayEquals(new double[] {-5, 0}, ActivationProfile.below(Activation.RELU, 0.01, -5, 5, 401), 1e-12);
        assertArrayEquals(new double[] {-5, 5}, ActivationProfile.below(Activation.STEP, 0.01, -5, 5, 401), 0);
        assertArrayEquals(new double[0], ActivationProfile.below(Activation.IDENTITY, 0.01, -5, 5, 401), 0);
        // leaky relu keeps a slope of exactly 0.01, which is not below 0.01
        assertArrayEquals(new double[0], ActivationProfile.below(Activation.LEAKY_RELU, 0.01, -5, 5, 401), 0);
    }
}
