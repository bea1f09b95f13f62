package org.backproplab.data;

import java.util.Arrays;

/**
 * An immutable table of examples: row-major inputs {@code x} (size × inputDim) and targets {@code y}
 * (size × outputDim).
 *
 * <p>Classification targets follow the network's output layer: with two classes there is one output holding
 * 0 or 1; with K &gt; 2 classes there are K outputs holding a one-hot vector. The integer labels are kept
 * alongside for accuracy and confusion matrices.
 *
 * <p>Arrays passed in are copied. {@link #xs()} and {@link #ys()} hand out the internal arrays without copying,
 * because the training loop reads them every step; {@link #labels()} returns a copy.
 */
public final class Dataset {
    private final String name;
    private final Task task;
    private final int inputDim;
    private final int outputDim;
    private final int size;
    private final double[] x;
    private final double[] y;
    private final int[] labels; // null for regression
    private final int numClasses; // 0 for regression

    private Dataset(String name, Task task, int inputDim, int outputDim, double[] x, double[] y, int[] labels,
            int numClasses) {
        this.name = name;
        this.task = task;
        this.inputDim = inputDim;
        this.outputDim = outputDim;
        this.size = x.length / inputDim;
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.numClasses = numClasses;
    }

    /**
     * A classification set with integer labels in [0, numClasses); targets are derived from the labels
     * (one 0/1 output for two classes, one-hot otherwise).
     */
    public static Dataset classification(String name, int inputDim, double[] x, int[] labels, int numClasses) {
        checkName(name);
        if (inputDim < 1) {
            throw new IllegalArgumentException("inputDim must be at least 1: " + inputDim);
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be at least 2: " + numClasses);
        }
        int n = labels.length;
        checkInputs(x, n, inputDim);
        int outputDim = numClasses == 2 ? 1 : numClasses;
        double[] y = new double[n * outputDim];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            if (c < 0 || c >= numClasses) {
                throw new IllegalArgumentException("label of row " + i + " is " + c + ", not in [0, "
                        + numClasses + ")");
            }
            if (outputDim == 1) {
                y[i] = c;
            } else {
                y[i * outputDim + c] = 1;
            }
        }
        return new Dataset(name, Task.CLASSIFICATION, inputDim, outputDim, x.clone(), y, labels.clone(),
                numClasses);
    }

    /** A regression set; {@code y} has {@code x.length / inputDim} rows of {@code outputDim} values. */
    public static Dataset regression(String name, int inputDim, int outputDim, double[] x, double[] y) {
        checkName(name);
        if (inputDim < 1 || outputDim < 1) {
            throw new IllegalArgumentException("inputDim and outputDim must be at least 1");
        }
        if (x.length % inputDim != 0) {
            throw new IllegalArgumentException("x has " + x.length + " values, not a multiple of " + inputDim);
        }
        int n = x.length / inputDim;
        checkInputs(x, n, inputDim);
        if (y.length != n * outputDim) {
            throw new IllegalArgumentException("y has " + y.length + " values, expected " + n * outputDim);
        }
        checkFinite(y, "y");
        return new Dataset(name, Task.REGRESSION, inputDim, outputDim, x.clone(), y.clone(), null, 0);
    }

    private static void checkName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
    }

    private static void checkInputs(double[] x, int n, int inputDim) {
        if (x.length != n * inputDim) {
            throw new IllegalArgumentException("x has " + x.length + " values, expected " + n * inputDim);
        }
        checkFinite(x, "x");
    }

    // NaN or infinity in the data would poison every weight after one step, far from the cause.
    private static void checkFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException(what + "[" + i + "] is not finite");
            }
        }
    }

    /** The display name. */
    public String name() {
        return name;
    }

    /** Classification or regression. */
    public Task task() {
        return task;
    }

    /** True for a classification set. */
    public boolean isClassification() {
        return task == Task.CLASSIFICATION;
    }

    /** Number of input values per row. */
    public int inputDim() {
        return inputDim;
    }

    /** Number of target values per row. */
    public int outputDim() {
        return outputDim;
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** Input {@code j} of row {@code i}. */
    public double input(int i, int j) {
        checkRow(i);
        if (j < 0 || j >= inputDim) {
            throw new IndexOutOfBoundsException("input " + j + " of " + inputDim);
        }
        return x[i * inputDim + j];
    }

    /** Target {@code k} of row {@code i}. */
    public double target(int i, int k) {
        checkRow(i);
        if (k < 0 || k >= outputDim) {
            throw new IndexOutOfBoundsException("target " + k + " of " + outputDim);
        }
        return y[i * outputDim + k];
    }

    /** The class label of row {@code i}; classification sets only. */
    public int label(int i) {
        requireClassification();
        checkRow(i);
        return labels[i];
    }

    /** A copy of all class labels; classification sets only. */
    public int[] labels() {
        requireClassification();
        return labels.clone();
    }

    /** Number of classes K (labels are 0..K-1); 0 for a regression set. */
    public int numClasses() {
        return numClasses;
    }

    /** How many rows carry each label; classification sets only. */
    public int[] classCounts() {
        requireClassification();
        int[] counts = new int[numClasses];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The internal row-major inputs, shared without copying for speed: callers must not modify them.
     */
    public double[] xs() {
        return x;
    }

    /**
     * The internal row-major targets, shared without copying for speed: callers must not modify them.
     */
    public double[] ys() {
        return y;
    }

    /**
     * The same examples with other inputs (row-major, {@code inputDim} per row; the array is kept, not copied): the
     * input features a network sees in place of the raw x₁, x₂.
     */
    public Dataset withInputs(double[] inputs, int inputDim) {
        if (inputDim < 1 || inputs.length != size * inputDim) {
            throw new IllegalArgumentException("expected " + size + " rows of " + inputDim + " inputs");
        }
        checkFinite(inputs, "x");
        return new Dataset(name, task, inputDim, outputDim, inputs, y, labels, numClasses);
    }

    /** A new dataset of the given rows, in the given order (a row may repeat). */
    public Dataset subset(int[] rows) {
        int m = rows.length;
        double[] sx = new double[m * inputDim];
        double[] sy = new double[m * outputDim];
        int[] sl = labels == null ? null : new int[m];
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            checkRow(i);
            System.arraycopy(x, i * inputDim, sx, r * inputDim, inputDim);
            System.arraycopy(y, i * outputDim, sy, r * outputDim, outputDim);
            if (sl != null) {
                sl[r] = labels[i];
            }
        }
        // The new arrays are ours alone, so no second copy is needed.
        return new Dataset(name, task, inputDim, outputDim, sx, sy, sl, numClasses);
    }

    private void checkRow(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("row " + i + " of " + size);
        }
    }

    private void requireClassification() {
        if (labels == null) {
            throw new IllegalStateException("'" + name + "' is a regression set and has no labels");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dataset)) {
            return false;
        }
        Dataset d = (Dataset) o;
        return name.equals(d.name) && task == d.task && inputDim == d.inputDim && outputDim == d.outputDim
                && numClasses == d.numClasses && Arrays.equals(x, d.x) && Arrays.equals(y, d.y)
                && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        int h = name.hashCode();
        h = 31 * h + task.hashCode();
        h = 31 * h + Arrays.hashCode(x);
        return 31 * h + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return name + " (" + task.name().toLowerCase() + ", " + size + " rows, " + inputDim + " in, "
                + outputDim + " out)";
    }
}
