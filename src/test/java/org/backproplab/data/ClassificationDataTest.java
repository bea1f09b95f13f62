package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class ClassificationDataTest {
    @Test
    void xorEasyHasTheTwentyOneCoursePoints() {
        Dataset d = ClassificationData.xorEasy();
        assertEquals(21, d.size());
        assertEquals(2, d.inputDim());
        int row = 0;
        for (int i = 0; i <= 10; i++, row++) {
            assertEquals(0.1 * i, d.input(row, 0));
            assertEquals(0.1 * i, d.input(row, 1));
            assertEquals(0, d.label(row));
        }
        for (int i = 0; i <= 10; i++) {
            if (i == 5) {
                continue;
            }
            assertEquals(0.1 * i, d.input(row, 0));
            assertEquals(1 - 0.1 * i, d.input(row, 1));
            assertEquals(1, d.label(row));
            row++;
        }
        // The exact doubles are part of the contract, rounding quirks included.
        assertEquals(0.30000000000000004, d.input(3, 0));
        assertEquals(0.7, d.input(14, 1)); // i = 3: 1 - 0.30000000000000004
        assertEquals(1.0, d.input(10, 0));
        assertEquals(0.0, d.input(20, 1));
        assertArrayEquals(new int[] {11, 10}, d.classCounts());
    }

    @Test
    void linearLabelsAgreeWithTheDiagonal() {
        Dataset d = ClassificationData.linear(500, new Rng(7));
        assertEquals(500, d.size());
        for (int i = 0; i < d.size(); i++) {
            double x1 = d.input(i, 0);
            double x2 = d.input(i, 1);
            assertTrue(x1 >= 0 && x1 < 1 && x2 >= 0 && x2 < 1);
            assertEquals(x1 > x2 ? 1 : 0, d.label(i));
        }
        int[] counts = d.classCounts();
        assertTrue(counts[0] > 200 && counts[1] > 200, "roughly balanced: " + counts[0] + "/" + counts[1]);
    }

    @Test
    void linearDrawsX1ThenX2PerPoint() {
        Rng r = new Rng(3);
        Dataset d = ClassificationData.linear(2, new Rng(3));
        assertEquals(r.nextDouble(), d.input(0, 0));
        assertEquals(r.nextDouble(), d.input(0, 1));
        assertEquals(r.nextDouble(), d.input(1, 0));
    }

    @Test
    void linearIsReproducibleForASeed() {
        Dataset a = ClassificationData.linear(100, new Rng(42));
        Dataset b = ClassificationData.linear(100, new Rng(42));
        Dataset c = ClassificationData.linear(100, new Rng(43));
        assertArrayEquals(a.xs(), b.xs());
        assertArrayEquals(a.ys(), b.ys());
        assertEquals(a, b);
        assertFalse(java.util.Arrays.equals(a.xs(), c.xs()));
    }

    @Test
    void gatesFollowTheirTruthTables() {
        assertGate(ClassificationData.and(), 0, 0, 0, 1);
        assertGate(ClassificationData.or(), 0, 1, 1, 1);
        assertGate(ClassificationData.nand(), 1, 1, 1, 0);
        assertGate(ClassificationData.nor(), 1, 0, 0, 0);
        assertGate(ClassificationData.xor(), 0, 1, 1, 0);
        assertGate(ClassificationData.xnor(), 1, 0, 0, 1);
    }

    private static void assertGate(Dataset d, int... expected) {
        assertEquals(4, d.size());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, d.xs(), d.name());
        assertArrayEquals(expected, d.labels(), d.name());
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], d.target(i, 0));
        }
    }

    @Test
    void majorityCountsInBinaryOrder() {
        Dataset d = ClassificationData.majority3();
        assertEquals(8, d.size());
        assertEquals(3, d.inputDim());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 1, 1, 1}, d.labels());
        // Row 6 is 110: x1 is the high bit.
        assertEquals(1.0, d.input(6, 0));
        assertEquals(1.0, d.input(6, 1));
        assertEquals(0.0, d.input(6, 2));
    }

    @Test
    void synthetic2dSetsHaveTheirSizeBalanceAndBox() {
        for (double noise : new double[] {0, 0.1, 0.5}) {
            checkShape(() -> ClassificationData.circle(301, noise, new Rng(1)));
            checkShape(() -> ClassificationData.twoGaussians(301, noise, new Rng(2)));
            checkShape(() -> ClassificationData.spiral(301, noise, new Rng(3)));
            checkShape(() -> ClassificationData.moons(301, noise, new Rng(4)));
        }
    }

    private static void checkShape(Supplier<Dataset> make) {
        Dataset d = make.get();
        assertEquals(301, d.size());
        assertArrayEquals(new int[] {151, 150}, d.classCounts(), d.name());
        for (double v : d.xs()) {
            assertTrue(v >= -1 && v <= 1, d.name() + " point outside [-1,1]: " + v);
        }
        assertEquals(d, make.get(), "same seed, same set");
    }

    @Test
    void cleanShapesStayInsideTheInnerBox() {
        Dataset[] sets = {ClassificationData.circle(500, 0, new Rng(5)), ClassificationData.spiral(500, 0, new Rng(5)),
            ClassificationData.moons(500, 0, new Rng(5))};
        for (Dataset d : sets) {
            for (double v : d.xs()) {
                assertTrue(Math.abs(v) <= 0.9 + 1e-12, d.name() + ": " + v);
            }
        }
    }

    @Test
    void circleSeparatesDiscFromRing() {
        Dataset d = ClassificationData.circle(400, 0, new Rng(9));
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.input(i, 0), d.input(i, 1));
            if (d.label(i) == 0) {
                assertTrue(r <= 0.35 + 1e-12, "disc radius " + r);
            } else {
                assertTrue(r >= 0.6 - 1e-12 && r <= 0.9 + 1e-12, "ring radius " + r);
            }
        }
    }

    @Test
    void twoGaussiansClusterAroundTheirCentres() {
        Dataset d = ClassificationData.twoGaussians(2000, 0, new Rng(11));
        double[] sum = new double[2];
        for (int i = 0; i < d.size(); i++) {
            sum[d.label(i)] += d.input(i, 0) + d.input(i, 1);
        }
        assertEquals(-1.0, sum[0] / 1000, 0.05);
        assertEquals(1.0, sum[1] / 1000, 0.05);
    }

    @Test
    void cleanSpiralPointsLieOnTheirArm() {
        // Arm k at parameter t: radius 0.08 + 0.82 t, angle 3.5 pi t + k pi; recover t from the radius.
        Dataset d = ClassificationData.spiral(1000, 0, new Rng(13));
        for (int i = 0; i < d.size(); i++) {
            double px = d.input(i, 0);
            double py = d.input(i, 1);
            double r = Math.hypot(px, py);
            assertTrue(r >= 0.08 - 1e-12 && r <= 0.9 + 1e-12);
            double t = (r - 0.08) / 0.82;
            double angle = 3.5 * Math.PI * t + d.label(i) * Math.PI;
            assertEquals(r * Math.cos(angle), px, 1e-9);
            assertEquals(r * Math.sin(angle), py, 1e-9);
        }
    }

    @Test
    void noiseOnlyJittersTheSamePoints() {
        Dataset clean = ClassificationData.moons(200, 0, new Rng(21));
        Dataset noisy = ClassificationData.moons(200, 0.01, new Rng(21));
        double worst = 0;
        for (int i = 0; i < clean.xs().length; i++) {
            worst = Math.max(worst, Math.abs(clean.xs()[i] - noisy.xs()[i]));
        }
        assertTrue(worst > 0 && worst < 0.06, "largest shift " + worst);
        assertArrayEquals(clean.labels(), noisy.labels());
    }

    @Test
    void differentSeedsGiveDifferentShapes() {
        assertNotEquals(ClassificationData.spiral(50, 0.1, new Rng(1)), ClassificationData.spiral(50, 0.1, new Rng(2)));
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClassificationData.linear(0, new Rng(1)));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationData.circle(ClassificationData.MAX_POINTS + 1, 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> ClassificationData.moons(10, -0.1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> ClassificationData.moons(10, Double.NaN, new Rng(1)));
    }
}
