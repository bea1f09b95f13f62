package org.backproplab.experiment;

import java.util.Arrays;

/** A growable list of doubles without boxing, for per-epoch histories. */
public final class DoubleList {
    private double[] values = new double[256];
    private int size;

    /** Appends a value. */
    public void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** The value at index i. */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        return values[i];
    }

    /** The number of values. */
    public int size() {
        return size;
    }

    /** A copy of the values from index {@code from} on. */
    public double[] tail(int from) {
        int start = Math.max(0, Math.min(from, size));
        return Arrays.copyOfRange(values, start, size);
    }

    /** The last value, or NaN when empty. */
    public double last() {
        return size == 0 ? Double.NaN : values[size - 1];
    }
}
