package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static Dataset numbered(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 2 * i;
        }
        return Dataset.regression("numbered", 1, 1, x, y);
    }

    @Test
    void partsHaveTheRoundedSizes() {
        Split s = Split.of(numbered(100), 0.2, 0.1, new Rng(1));
        assertEquals(70, s.train().size());
        assertEquals(20, s.validation().size());
        assertEquals(10, s.test().size());
    }

    @Test
    void partsAreDisjointAndCoverEveryRow() {
        Split s = Split.of(numbered(57), 0.15, 0.25, new Rng(4));
        boolean[] seen = new boolean[57];
        for (int[] rows : new int[][] {s.trainRows(), s.validationRows(), s.testRows()}) {
            for (int r : rows) {
                assertFalse(seen[r], "row " + r + " is in two parts");
                seen[r] = true;
            }
        }
        for (boolean b : seen) {
            assertTrue(b);
        }
    }

    @Test
    void partsHoldTheirRowsDataInOriginalOrder() {
        Split s = Split.of(numbered(40), 0.25, 0.25, new Rng(9));
        int[] rows = s.testRows();
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i], s.test().input(i, 0));
            assertEquals(2 * rows[i], s.test().target(i, 0));
            if (i > 0) {
                assertTrue(rows[i] > rows[i - 1]);
            }
        }
    }

    @Test
    void validationIsTheStartOfOneShuffle() {
        Split s = Split.of(numbered(30), 0.2, 0.1, new Rng(77));
        int[] order = new int[30];
        for (int i = 0; i < 30; i++) {
            order[i] = i;
        }
        new Rng(77).shuffle(order);
        int[] first = Arrays.copyOf(order, 6);
        Arrays.sort(first);
        assertArrayEquals(first, s.validationRows());
    }

    @Test
    void sameSeedSameSplitDifferentSeedDifferentSplit() {
        Dataset d = ClassificationData.linear(200, new Rng(3));
        Split a = Split.of(d, 0.2, 0.2, new Rng(5));
        Split b = Split.of(d, 0.2, 0.2, new Rng(5));
        Split c = Split.of(d, 0.2, 0.2, new Rng(6));
        assertArrayEquals(a.trainRows(), b.trainRows());
        assertArrayEquals(a.testRows(), b.testRows());
        assertEquals(a.validation(), b.validation());
        assertFalse(Arrays.equals(a.trainRows(), c.trainRows()));
    }

    @Test
    void smallSetsStillGetNonEmptyParts() {
        Split three = Split.of(numbered(3), 0.05, 0.05, new Rng(1));
        assertEquals(1, three.train().size());
        assertEquals(1, three.validation().size());
        assertEquals(1, three.test().size());
        Split heavy = Split.of(numbered(3), 0.6, 0.35, new Rng(1));
        assertEquals(1, heavy.train().size());
        assertEquals(1, heavy.validation().size());
        assertEquals(1, heavy.test().size());
        Split two = Split.of(numbered(2), 0.3, 0.3, new Rng(1));
        assertEquals(1, two.train().size());
        assertEquals(1, two.validation().size() + two.test().size());
        Split one = Split.of(numbered(1), 0.3, 0.3, new Rng(1));
        assertEquals(1, one.train().size());
    }

    @Test
    void zeroFractionsGiveEmptyParts() {
        Split s = Split.of(numbered(10), 0, 0, new Rng(1));
        assertEquals(10, s.train().size());
        assertEquals(0, s.validation().size());
        assertEquals(0, s.test().size());
    }

    @Test
    void partsKeepClassificationLabels() {
        Dataset d = ClassificationData.xorEasy();
        Split s = Split.of(d, 0.2, 0.2, new Rng(2));
        int[] rows = s.trainRows();
        for (int i = 0; i < rows.length; i++) {
            assertEquals(d.label(rows[i]), s.train().label(i));
        }
    }

    @Test
    void badFractionsAreRejected() {
        Dataset d = numbered(10);
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, -0.1, 0.1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, 0.5, 0.5, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, Double.NaN, 0.1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, 0.1, Double.POSITIVE_INFINITY, new Rng(1)));
    }
}
