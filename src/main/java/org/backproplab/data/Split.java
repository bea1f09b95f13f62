package org.backproplab.data;

import java.util.Arrays;
import org.backproplab.engine.Rng;

/**
 * A seeded partition of a dataset into training, validation and test parts.
 *
 * <p>Row indices 0..n−1 are shuffled once with {@link Rng#shuffle}; the first {@code round(n·validation)} go to
 * validation, the next {@code round(n·test)} to test, the rest to training. A part with a positive fraction gets
 * at least one row, and training keeps at least one, whenever n allows. Within each part rows keep their
 * original order, so a part depends only on which rows it holds.
 */
public final class Split {
    private final Dataset train;
    private final Dataset validation;
    private final Dataset test;
    private final int[] trainRows;
    private final int[] validationRows;
    private final int[] testRows;

    private Split(Dataset data, int[] trainRows, int[] validationRows, int[] testRows) {
        this.trainRows = trainRows;
        this.validationRows = validationRows;
        this.testRows = testRows;
        this.train = data.subset(trainRows);
        this.validation = data.subset(validationRows);
        this.test = data.subset(testRows);
    }

    /**
     * Splits {@code data}; fractions must satisfy 0 ≤ f and validation + test &lt; 1. Uses {@code rng} for one
     * shuffle only, so the same seed always gives the same parts.
     */
    public static Split of(Dataset data, double validationFraction, double testFraction, Rng rng) {
        if (!(validationFraction >= 0) || !(testFraction >= 0) || !(validationFraction + testFraction < 1)) {
            throw new IllegalArgumentException("fractions must be ≥ 0 and add up to less than 1");
        }
        int n = data.size();
        int nVal = partSize(n, validationFraction);
        int nTest = partSize(n, testFraction);
        // Training needs at least one row; take the excess from the larger held-out part first.
        while (n > 0 && nVal + nTest > n - 1) {
            if (nVal >= nTest) {
                nVal--;
            } else {
                nTest--;
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int[] val = sorted(order, 0, nVal);
        int[] test = sorted(order, nVal, nVal + nTest);
        int[] train = sorted(order, nVal + nTest, n);
        return new Split(data, train, val, test);
    }

    private static int partSize(int n, double fraction) {
        int k = (int) Math.floor(n * fraction + 0.5);
        return fraction > 0 && k == 0 ? 1 : k;
    }

    private static int[] sorted(int[] order, int from, int to) {
        int[] part = Arrays.copyOfRange(order, from, to);
        Arrays.sort(part);
        return part;
    }

    /** The training part. */
    public Dataset train() {
        return train;
    }

    /** The validation part (empty if its fraction was 0). */
    public Dataset validation() {
        return validation;
    }

    /** The test part (empty if its fraction was 0). */
    public Dataset test() {
        return test;
    }

    /** Indices into the original dataset of the training rows, ascending (a copy). */
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** Indices into the original dataset of the validation rows, ascending (a copy). */
    public int[] validationRows() {
        return validationRows.clone();
    }

    /** Indices into the original dataset of the test rows, ascending (a copy). */
    public int[] testRows() {
        return testRows.clone();
    }
}
