package org.backproplab.web;

import org.backproplab.data.Dataset;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.teavm.jso.JSExport;

/**
 * The benchmark workloads and a handle on one run of them, for bench.html and the JVM benchmark: both train
 * through {@link TrainingRun}, the product's own path, so the figures are those of the page.
 */
public final class Benchmarks {
    /** Name and link fragment of each workload (issue 3, item 8). */
    private static final String[][] WORKLOADS = {
        {"W1", "v=1&data=xor_easy&h=10,10&act=sigmoid&out=sigmoid&loss=mse&opt=sgd&lr=0.1&batch=0&epochs=5000"
                + "&init=xavier&seed=1"},
        {"W2", "v=1&data=linear&n=100&h=32,32&act=sigmoid&out=sigmoid&loss=mse&opt=sgd&lr=0.1&batch=0&epochs=10000"
                + "&init=xavier&seed=1"},
        {"W3", "v=1&data=runge&n=200&h=20,10,20,10&act=tanh,sigmoid,tanh,sigmoid&out=identity&loss=mse&opt=adam"
                + "&lr=0.001&batch=39&epochs=300&init=xavier&seed=1"},
        {"W4", "v=1&data=linear&n=100&h=128,128&act=sigmoid&out=sigmoid&loss=mse&opt=sgd&lr=0.1&batch=0&epochs=1000"
                + "&init=xavier&seed=1"},
    };

    private TrainingRun run;

    Benchmarks() {
    }

    /** The workload names, in order. */
    public static String[] workloadNames() {
        String[] out = new String[WORKLOADS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = WORKLOADS[i][0];
        }
        return out;
    }

    /** The link fragment of the named workload, or "" if there is none. */
    public static String workloadFragment(String name) {
        for (String[] w : WORKLOADS) {
            if (w[0].equals(name)) {
                return w[1];
            }
        }
        return "";
    }

    /** The workload names, in order. */
    @JSExport
    public String[] names() {
        return workloadNames();
    }

    /** The link fragment of the named workload. */
    @JSExport
    public String fragment(String name) {
        return workloadFragment(name);
    }

    /**
     * Floating-point operations of one epoch's three matrix products over n samples, 2 per multiply-add: s = [1, x]·W
     * and ∂E/∂W = [1, x]ᵀ·δ in every layer, δ·Wᵀ in every layer but the first. Activations, the loss and the
     * update are left out, so GFLOP/s compares directly with a bare matrix product's 2·m·k·n.
     */
    public static double matrixFlopsPerEpoch(int[] sizes, int n) {
        double flops = 0;
        for (int l = 1; l < sizes.length; l++) {
            double layer = 4.0 * (sizes[l - 1] + 1) * sizes[l] + (l > 1 ? 2.0 * sizes[l - 1] * sizes[l] : 0);
            flops = layer + flops; // sum on the left: see TeaVmArithmeticTest
        }
        return flops * n;
    }

    /** {@link #matrixFlopsPerEpoch} of the loaded run. */
    @JSExport
    public double flopsPerEpoch() {
        return matrixFlopsPerEpoch(run.network().sizes(), run.trainingSet().size());
    }

    /** Starts the experiment of a link fragment at epoch 0; returns "" or why it can't start. */
    @JSExport
    public String load(String fragment) {
        return load(fragment, false);
    }

    /** As {@link #load(String)}, trained sample by sample (the path before the batched kernels) for comparison. */
    @JSExport
    public String loadSampleBySample(String fragment) {
        return load(fragment, true);
    }

    private String load(String fragment, boolean sampleBySample) {
        try {
            run = TrainingRun.start(LinkCodec.decode(fragment).state());
            if (sampleBySample) {
                run.sampleBySample();
            }
            return "";
        } catch (IllegalArgumentException e) {
            run = null;
            return e.getMessage();
        }
    }

    /** Trains up to n epochs (stopping at the experiment's epoch limit); returns how many ran. */
    @JSExport
    public int train(int n) {
        return run.train(n);
    }

    /** Epochs trained so far. */
    @JSExport
    public int epoch() {
        return run.epoch();
    }

    /** The last epoch's mean training loss. */
    @JSExport
    public double loss() {
        return run.lossHistory().last();
    }

    /** The last epoch's loss as 16 hex digits of its IEEE-754 bits. */
    @JSExport
    public String lossBits() {
        return Bits.hex(loss());
    }

    /** The layer widths, input first. */
    @JSExport
    public int[] sizes() {
        return run.network().sizes();
    }

    /** A copy of W⁽ˡ⁾ (row-major, row 0 = biases), for a hand-written baseline to start from the same weights. */
    @JSExport
    public double[] weights(int l) {
        return run.network().weights(l).clone();
    }

    /** A copy of the training inputs, row-major. */
    @JSExport
    public double[] inputs() {
        Dataset d = run.trainingSet();
        return java.util.Arrays.copyOf(d.xs(), d.size() * d.inputDim());
    }

    /** A copy of the training targets, row-major. */
    @JSExport
    public double[] targets() {
        Dataset d = run.trainingSet();
        return java.util.Arrays.copyOf(d.ys(), d.size() * d.outputDim());
    }

    /** The number of training samples. */
    @JSExport
    public int samples() {
        return run.trainingSet().size();
    }

    /** 16 hex digits of the IEEE-754 bits of v, so the page reports bits exactly as the JVM does. */
    @JSExport
    public String bits(double v) {
        return Bits.hex(v);
    }
}
