package org.backproplab.engine;

/**
 * Every unit's value over a set of input points, in one batched forward pass: the pictures the network diagram
 * draws inside its units while the network trains. The pass runs on a copy of the network (its weights copied in
 * each time), so the network being trained and its batch buffers are never touched, and it goes through
 * {@link Network#forwardBatch}, whose sums are those of {@link Network#forward}: each picture holds exactly the
 * values a one-sample forward pass gives at its points.
 */
public final class UnitPictures {
    private Network source;
    private Network copy;
    private int[] order = new int[0];
    private double[] values = new double[0];

    /**
     * The centres of a res × res grid over the plane {@code bounds} = [x0, x1, y0, y1], row-major from the top row
     * (largest y), as (x₁, x₂) pairs: the same points, to the bit, as the output panel's grid. This is the one place
     * the pictures' input points are made; inputs computed from them (features) would be made from these.
     */
    public static double[] plane(double[] bounds, int res) {
        double[] out = new double[2 * res * res];
        for (int r = 0, k = 0; r < res; r++) {
            double y = bounds[3] - (r + 0.5) * (bounds[3] - bounds[2]) / res;
            for (int c = 0; c < res; c++, k += 2) {
                out[k] = bounds[0] + (c + 0.5) * (bounds[1] - bounds[0]) / res;
                out[k + 1] = y;
            }
        }
        return out;
    }

    /** Where unit j of layer l (0 = the inputs) starts in {@link #compute}'s array of m points a unit. */
    public static int offset(int[] sizes, int l, int j, int m) {
        int units = 0;
        for (int k = 0; k < l; k++) {
            units += sizes[k];
        }
        return (units + j) * m;
    }

    /**
     * Every unit's value at the m points of {@code inputs} (rows of n⁽⁰⁾ values): the inputs themselves (layer 0),
     * then layer 1, 2, … unit by unit, m values a unit in the points' order. The array is reused by the next call.
     */
    public double[] compute(Network net, double[] inputs, int m) {
        if (net != source) { // a new run or a new shape: a copy of its own, with its own batch buffers
            source = net;
            copy = net.copy();
        } else {
            for (int l = 1; l <= net.layerCount(); l++) {
                double[] w = net.weights(l);
                System.arraycopy(w, 0, copy.weights(l), 0, w.length);
            }
        }
        if (order.length != m) {
            order = new int[m];
            for (int b = 0; b < m; b++) {
                order[b] = b;
            }
        }
        int units = 0;
        for (int l = 0; l <= net.layerCount(); l++) {
            units += net.width(l);
        }
        if (values.length != units * m) {
            values = new double[units * m];
        }
        copy.forwardBatch(inputs, order, 0, m);
        int at = 0;
        for (int l = 0; l <= net.layerCount(); l++) {
            double[] x = copy.batchActivations(l); // m × n row-major: each unit's column becomes a picture
            int n = net.width(l);
            for (int j = 0; j < n; j++) {
                for (int b = 0, k = j; b < m; b++, k += n) {
                    values[at++] = x[k];
                }
            }
        }
        return values;
    }
}
