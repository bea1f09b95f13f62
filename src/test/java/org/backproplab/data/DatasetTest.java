package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatasetTest {
    @Test
    void twoClassTargetsAreOneZeroOrOneOutput() {
        Dataset d = Dataset.classification("d", 2, new double[] {0, 1, 2, 3}, new int[] {1, 0}, 2);
        assertEquals(1, d.outputDim());
        assertEquals(2, d.size());
        assertEquals(1.0, d.target(0, 0));
        assertEquals(0.0, d.target(1, 0));
        assertEquals(3.0, d.input(1, 1));
        assertEquals(Task.CLASSIFICATION, d.task());
    }

    @Test
    void manyClassTargetsAreOneHot() {
        Dataset d = Dataset.classification("d", 1, new double[] {0, 1, 2}, new int[] {2, 0, 1}, 3);
        assertEquals(3, d.outputDim());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, d.ys());
        assertArrayEquals(new int[] {2, 0, 1}, d.labels());
        assertArrayEquals(new int[] {1, 1, 1}, d.classCounts());
        assertEquals(3, d.numClasses());
    }

    @Test
    void constructionCopiesTheCallersArrays() {
        double[] x = {1, 2};
        int[] labels = {0, 1};
        Dataset d = Dataset.classification("d", 1, x, labels, 2);
        x[0] = 99;
        labels[0] = 1;
        assertEquals(1.0, d.input(0, 0));
        assertEquals(0, d.label(0));
        d.labels()[1] = 0; // labels() is a copy
        assertEquals(1, d.label(1));
    }

    @Test
    void subsetTakesRowsInTheGivenOrder() {
        Dataset d = Dataset.regression("r", 1, 1, new double[] {10, 20, 30}, new double[] {1, 2, 3});
        Dataset s = d.subset(new int[] {2, 0, 2});
        assertArrayEquals(new double[] {30, 10, 30}, s.xs());
        assertArrayEquals(new double[] {3, 1, 3}, s.ys());
        assertEquals("r", s.name());
        assertEquals(0, d.subset(new int[0]).size());
    }

    @Test
    void subsetKeepsLabels() {
        Dataset d = Dataset.classification("c", 1, new double[] {0, 1, 2}, new int[] {0, 1, 2}, 3);
        Dataset s = d.subset(new int[] {2, 1});
        assertArrayEquals(new int[] {2, 1}, s.labels());
        assertEquals(3, s.numClasses());
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 0}, s.ys());
    }

    @Test
    void outOfRangeIndicesAreRejectedNotReadFromTheNextRow() {
        Dataset d = Dataset.regression("r", 2, 1, new double[] {1, 2, 3, 4}, new double[] {0, 0});
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> d.input(2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.target(0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {5}));
    }

    @Test
    void regressionSetsHaveNoLabels() {
        Dataset d = Dataset.regression("r", 1, 1, new double[] {1}, new double[] {2});
        assertEquals(0, d.numClasses());
        assertThrows(IllegalStateException.class, () -> d.label(0));
    }

    @Test
    void badShapesAndValuesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification("c", 2, new double[] {1, 2, 3}, new int[] {0, 1}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification("c", 1, new double[] {1}, new int[] {2}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification("c", 1, new double[] {1}, new int[] {0}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.regression("r", 1, 1, new double[] {Double.NaN}, new double[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.regression("r", 1, 1, new double[] {0}, new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.regression("r", 1, 1, new double[] {0, 1}, new double[] {0}));
    }

    @Test
    void equalityIsByValue() {
        Dataset a = Dataset.regression("r", 1, 1, new double[] {1, 2}, new double[] {3, 4});
        Dataset b = Dataset.regression("r", 1, 1, new double[] {1, 2}, new double[] {3, 4});
        Dataset c = Dataset.regression("r", 1, 1, new double[] {1, 2}, new double[] {3, 5});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals("r (regression, 2 rows, 1 in, 1 out)", a.toString());
    }
}
