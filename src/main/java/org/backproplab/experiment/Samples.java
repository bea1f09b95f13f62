package org.backproplab.experiment;

/** Samples as the trainer reads them: row-major inputs and targets in flat arrays. */
public final class Samples {
    private final double[] xs;
    private final double[] ys;
    private final int size;
    private final int inputDim;
    private final int outputDim;

    Samples(double[] xs, double[] ys, int inputDim, int outputDim) {
        this.xs = xs;
        this.ys = ys;
        this.inputDim = inputDim;
        this.outputDim = outputDim;
        this.size = xs.length / inputDim;
    }

    /** Row-major n × inputDim inputs (the live array: read, don't write). */
    public double[] xs() {
        return xs;
    }

    /** Row-major n × outputDim targets (the live array: read, don't write). */
    public double[] ys() {
        return ys;
    }

    /** The number of samples. */
    public int size() {
        return size;
    }

    /** Inputs per sample. */
    public int inputDim() {
        return inputDim;
    }

    /** Outputs per sample. */
    public int outputDim() {
        return outputDim;
    }
}
