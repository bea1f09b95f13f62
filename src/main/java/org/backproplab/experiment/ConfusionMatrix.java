package org.backproplab.experiment;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Network;

/**
 * How often each class was predicted as each class: counts[actual][predicted] over a classification set.
 * The prediction is the one accuracy uses: with one output, class 1 when y ≥ 0.5; with several, the arg-max
 * (the first of equal maxima).
 */
public final class ConfusionMatrix {
    private final int classes;
    private final int[] counts;

    private ConfusionMatrix(int classes, int[] counts) {
        this.classes = classes;
        this.counts = counts;
    }

    /** The matrix of {@code net}'s predictions on a classification set. */
    public static ConfusionMatrix of(Network net, Dataset data) {
        if (!data.isClassification()) {
            throw new IllegalArgumentException("a confusion matrix needs class labels");
        }
        int k = data.numClasses();
        int[] counts = new int[k * k];
        int in = data.inputDim();
        for (int i = 0; i < data.size(); i++) {
            int predicted = predictedClass(net.forward(data.xs(), i * in));
            counts[data.label(i) * k + predicted]++;
        }
        return new ConfusionMatrix(k, counts);
    }

    /** The class an output vector stands for. */
    static int predictedClass(double[] y) {
        if (y.length == 1) {
            return y[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < y.length; j++) {
            if (y[j] > y[best]) {
                best = j;
            }
        }
        return best;
    }

    /** The number of classes K (the matrix is K × K). */
    public int classes() {
        return classes;
    }

    /** How many samples of class {@code actual} were predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual * classes + predicted];
    }

    /** The number of samples counted. */
    public int total() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** The number predicted correctly (the diagonal). */
    public int correct() {
        int n = 0;
        for (int k = 0; k < classes; k++) {
            n += count(k, k);
        }
        return n;
    }
}
