package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The unit pictures' one batched pass over the grid gives, at every sampled grid point, the bits of a forward pass
 * written here as plain loops (bias first, then x_i·w_ij for i = 0, 1, …, then the unit's activation).
 */
class UnitPicturesTest {
    private static final int RES = 20;

    /** The plain forward pass: every unit's value, layer by layer (layer 0 = the input), for one input point. */
    private static double[][] plainForward(Network net, double[] input) {
        double[][] x = new double[net.layerCount() + 1][];
        x[0] = input.clone();
        for (int l = 1; l <= net.layerCount(); l++) {
            double[] w = net.weights(l);
            int nIn = net.width(l - 1);
            int nOut = net.width(l);
            x[l] = new double[nOut];
            for (int j = 0; j < nOut; j++) {
                double s = w[j];
                for (int i = 0; i < nIn; i++) {
                    s += x[l - 1][i] * w[(i + 1) * nOut + j];
                }
                x[l][j] = net.activation(l, j).apply(s);
            }
        }
        return x;
    }

    private static Network randomNetwork(Rng rng, int[] sizes, boolean mixed, boolean bias) {
        Activation[] all = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
            Activation.ELU, Activation.SOFTPLUS, Activation.GELU_TANH, Activation.SILU, Activation.IDENTITY,
            Activation.STEP, Activation.SIGN};
        Activation[][] acts = new Activation[sizes.length - 1][];
        for (int l = 0; l < acts.length; l++) {
            acts[l] = new Activation[sizes[l + 1]];
            Activation shared = all[rng.nextInt(all.length)];
            for (int j = 0; j < acts[l].length; j++) {
                acts[l][j] = mixed ? all[rng.nextInt(all.length)] : shared;
            }
        }
        Network net = new Network(sizes, acts, bias);
        double[][] w = net.copyWeights();
        for (double[] layer : w) {
            for (int k = 0; k < layer.length; k++) {
                layer[k] = rng.uniform(-2, 2);
            }
        }
        net.setWeights(w);
        return net;
    }

    @Test
    void everyUnitOfTheGridPassEqualsAPlainForwardPassAtSampledGridPoints() {
        Rng rng = new Rng(27);
        int[][] shapes = {{2, 10, 10, 1}, {2, 8, 8, 8, 8, 8, 8, 1}, {2, 3, 1}, {2, 5, 7, 3}, {2, 1}};
        double[] bounds = {-1.3, 2.1, -0.7, 0.9};
        double[] plane = UnitPictures.plane(bounds, RES);
        int m = RES * RES;
        int compared = 0;
        for (int[] sizes : shapes) {
            for (boolean mixed : new boolean[] {false, true}) {
                for (boolean bias : new boolean[] {true, false}) {
                    Network net = randomNetwork(rng, sizes, mixed, bias);
                    double[] values = new UnitPictures().compute(net, plane, m);
                    for (int sample = 0; sample < 25; sample++) {
                        int p = rng.nextInt(m);
                        int r = p / RES;
                        int c = p % RES;
                        // the grid point itself, computed here as the output panel's grid computes it
                        double[] point = {bounds[0] + (c + 0.5) * (bounds[1] - bounds[0]) / RES,
                            bounds[3] - (r + 0.5) * (bounds[3] - bounds[2]) / RES};
                        assertArrayEquals(point, new double[] {plane[2 * p], plane[2 * p + 1]}, 0);
                        double[][] x = plainForward(net, point);
                        for (int l = 0; l < sizes.length; l++) {
                            for (int j = 0; j < sizes[l]; j++) {
                                double got = values[UnitPictures.offset(sizes, l, j, m) + p];
                                assertEquals(Double.doubleToLongBits(x[l][j]), Double.doubleToLongBits(got),
                                        "unit " + j + " of layer " + l + " at grid point (" + r + ", " + c + ") of "
                                        + java.util.Arrays.toString(sizes) + ": " + x[l][j] + " vs " + got);
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(25 * 4 * (23 + 51 + 6 + 17 + 3), compared);
    }

    @Test
    void thePassFollowsTheWeightsAndLeavesTheTrainedNetworkAlone() {
        Rng rng = new Rng(5);
        Network net = randomNetwork(rng, new int[] {2, 4, 1}, false, true);
        double[] plane = UnitPictures.plane(new double[] {0, 1, 0, 1}, 4);
        double[] probe = {0.3, 0.6};
        double[] before = net.forward(probe).clone();
        UnitPictures pictures = new UnitPictures();
        double[] first = pictures.compute(net, plane, 16).clone();
        assertArrayEquals(before, net.forward(probe), 0, "the network's own pass is unchanged");
        net.weights(2)[0] += 1; // the output's bias moves, as training would move it
        double[] second = pictures.compute(net, plane, 16);
        int output = UnitPictures.offset(net.sizes(), 2, 0, 16);
        assertArrayEquals(java.util.Arrays.copyOf(first, output), java.util.Arrays.copyOf(second, output), 0,
                "the inputs and the hidden layer did not change");
        assertNotEquals(first[output], second[output], "the output follows its new bias");
        assertEquals(plainForward(net, new double[] {plane[0], plane[1]})[2][0], second[output], 0);
    }
}
