package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LinearCollapseTest {
    private static Network identityNet(int[] sizes, boolean bias, int seed) {
        Activation[] acts = new Activation[sizes.length - 1];
        Arrays.fill(acts, Activation.IDENTITY);
        Network net = Network.uniform(sizes, acts, bias);
        Initializer.initialize(net, Initializer.Kind.UNIFORM, -1, 1, new Rng(seed));
        return net;
    }

    @Test
    void collapsedLayerGivesTheNetworksOutputOnRandomInputs() {
        int[][] shapes = {{2, 3, 1}, {3, 8, 8, 2}, {1, 4, 4, 4, 1}, {5, 2}, {2, 32, 32, 32, 32, 32, 32, 32, 32, 3}};
        Rng inputs = new Rng(21);
        int seed = 0;
        for (int[] sizes : shapes) {
            for (boolean bias : new boolean[] {true, false}) {
                Network net = identityNet(sizes, bias, ++seed);
                LinearCollapse c = LinearCollapse.of(net);
                double[] x = new double[sizes[0]];
                for (int t = 0; t < 100; t++) {
                    for (int i = 0; i < x.length; i++) {
                        x[i] = inputs.uniform(-3, 3);
                    }
                    double[] y = net.forward(x).clone();
                    double[] z = c.apply(x, 0);
                    assertEquals(y.length, z.length);
                    for (int k = 0; k < y.length; k++) {
                        assertTrue(Math.abs(y[k] - z[k]) <= 1e-12 * Math.max(1, Math.abs(y[k])),
                                Arrays.toString(sizes) + " bias " + bias + ": network " + y[k] + " vs W′x + b′ " + z[k]);
                    }
                }
            }
        }
    }

    @Test
    void weightMatrixHasOneRowPerOutputAndOneColumnPerInput() {
        LinearCollapse c = LinearCollapse.of(identityNet(new int[] {3, 5, 2}, true, 4));
        assertEquals(2, c.outputs());
        assertEquals(3, c.inputs());
        assertEquals(2, c.weights().length);
        assertEquals(3, c.weights()[0].length);
        assertEquals(3, c.weights()[1].length);
        assertEquals(2, c.bias().length);
    }

    @Test
    void collapsesATwoTwoOneNetworkAsWorkedByHand() {
        // h₁ = 1 + x₁ + 3x₂, h₂ = −1 + 2x₁ + 4x₂ (W⁽¹⁾ rows: biases, x₁'s weights, x₂'s weights);
        // y = 0.5 + 2h₁ − h₂ = 0.5 + 2 + 2x₁ + 6x₂ + 1 − 2x₁ − 4x₂ = 3.5 + 0·x₁ + 2·x₂.
        Network net = Network.uniform(new int[] {2, 2, 1}, new Activation[] {Activation.IDENTITY,
            Activation.IDENTITY}, true);
        net.setWeights(new double[][] {{1, -1, 1, 2, 3, 4}, {0.5, 2, -1}});
        LinearCollapse c = LinearCollapse.of(net);
        assertArrayEquals(new double[] {0, 2}, c.weights()[0], 0);
        assertArrayEquals(new double[] {3.5}, c.bias(), 0);
    }

    @Test
    void collapsesAOneInputChainToSlopeAndIntercept() {
        // y = 3·(2x + 0.5) − 1 = 6x + 0.5
        Network net = Network.uniform(new int[] {1, 1, 1}, new Activation[] {Activation.IDENTITY,
            Activation.IDENTITY}, true);
        net.setWeights(new double[][] {{0.5, 2}, {-1, 3}});
        LinearCollapse c = LinearCollapse.of(net);
        assertArrayEquals(new double[] {6}, c.weights()[0], 0);
        assertArrayEquals(new double[] {0.5}, c.bias(), 0);
    }

    @Test
    void withoutBiasesTheOffsetIsZero() {
        LinearCollapse c = LinearCollapse.of(identityNet(new int[] {2, 4, 3}, false, 9));
        assertArrayEquals(new double[3], c.bias(), 0);
    }

    @Test
    void refusesANetworkWithAnyUnitThatIsNotIdentity() {
        Activation[][] acts = {{Activation.IDENTITY, Activation.RELU, Activation.IDENTITY}, {Activation.IDENTITY}};
        Network net = new Network(new int[] {2, 3, 1}, acts, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearCollapse.of(net));
        assertEquals("1 of 4 units are not identity (first: layer 1 unit 2 is relu); a network collapses to one "
                + "linear layer only when every unit is identity", e.getMessage());
        Network sigmoidOut = Network.uniform(new int[] {2, 3, 1}, new Activation[] {Activation.IDENTITY,
            Activation.SIGMOID}, true);
        assertEquals("1 of 4 units are not identity (first: output unit 1 is sigmoid); a network collapses to one "
                + "linear layer only when every unit is identity", LinearCollapse.whyNot(sigmoidOut));
        assertNull(LinearCollapse.whyNot(identityNet(new int[] {2, 3, 1}, true, 1)));
    }

    @Test
    void jacobianOfAnIdentityNetworkIsTheCollapsedWeightMatrix() {
        // Two independent routes to the same matrix: the chain rule at some input, and the product of the layers.
        Network net = identityNet(new int[] {3, 6, 5, 2}, true, 17);
        double[][] w = LinearCollapse.of(net).weights();
        double[][] j = Jacobian.of(net, new double[] {0.7, -1.2, 2.5});
        for (int k = 0; k < w.length; k++) {
            assertArrayEquals(w[k], j[k], 1e-14);
        }
    }
}
