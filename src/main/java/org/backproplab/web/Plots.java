package org.backproplab.web;

import org.backproplab.engine.Network;
import org.backproplab.data.Dataset;
import org.backproplab.experiment.TrainingRun;

/** The numbers behind the page's plots; drawing itself is the page's job. */
final class Plots {
    private Plots() {
    }

    /** [xmin, xmax, ymin, ymax] of the first two inputs, padded by 10 % so no point sits on the frame. */
    static double[] bounds(Dataset s) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        int d = s.inputDim();
        for (int i = 0; i < s.size(); i++) {
            double a = s.xs()[i * d];
            double b = d > 1 ? s.xs()[i * d + 1] : 0;
            x0 = Math.min(x0, a);
            x1 = Math.max(x1, a);
            y0 = Math.min(y0, b);
            y1 = Math.max(y1, b);
        }
        double px = Math.max(0.1 * (x1 - x0), 0.05);
        double py = Math.max(0.1 * (y1 - y0), 0.05);
        return new double[] {x0 - px, x1 + px, y0 - py, y1 + py};
    }

    /**
     * The network's input at a point of the plane (x, y), written into {@code in}: the run's input features of
     * (x, y), or the point itself (y only with two inputs).
     */
    static void input(TrainingRun run, double x, double y, double[] raw, double[] in) {
        if (run.hasFeatures()) {
            raw[0] = x;
            raw[1] = y;
            run.features().apply(raw, 0, in, 0);
            return;
        }
        in[0] = x;
        if (in.length > 1) {
            in[1] = y;
        }
    }

    /** The network's first output at the centres of a res × res grid, row-major, top row first. */
    static double[] grid(TrainingRun run, double[] b, int res) {
        Network net = run.network();
        double[] out = new double[res * res];
        double[] in = new double[net.width(0)];
        double[] raw = new double[2];
        for (int r = 0; r < res; r++) {
            double y = b[3] - (r + 0.5) * (b[3] - b[2]) / res;
            for (int c = 0; c < res; c++) {
                input(run, b[0] + (c + 0.5) * (b[1] - b[0]) / res, y, raw, in);
                out[r * res + c] = net.forward(in, 0)[0];
            }
        }
        return out;
    }

    /** The predicted class (arg-max of the outputs) at the centres of a res × res grid, top row first. */
    static int[] gridClasses(TrainingRun run, double[] b, int res) {
        Network net = run.network();
        int[] out = new int[res * res];
        double[] in = new double[net.width(0)];
        double[] raw = new double[2];
        int k = net.width(net.layerCount());
        for (int r = 0; r < res; r++) {
            double y = b[3] - (r + 0.5) * (b[3] - b[2]) / res;
            for (int c = 0; c < res; c++) {
                input(run, b[0] + (c + 0.5) * (b[1] - b[0]) / res, y, raw, in);
                double[] o = net.forward(in, 0);
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (o[j] > o[best]) {
                        best = j;
                    }
                }
                out[r * res + c] = best;
            }
        }
        return out;
    }

    /** Triples per point: x1, x2 (0 with one input), and the class label or, for regression, the target. */
    static double[] points(Dataset s) {
        double[] out = new double[s.size() * 3];
        for (int i = 0; i < s.size(); i++) {
            out[3 * i] = s.xs()[i * s.inputDim()];
            out[3 * i + 1] = s.inputDim() > 1 ? s.xs()[i * s.inputDim() + 1] : 0;
            out[3 * i + 2] = s.isClassification() ? s.label(i) : s.ys()[i * s.outputDim()];
        }
        return out;
    }
}
