package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.engine.Activation;
import org.backproplab.engine.Network;
import org.junit.jupiter.api.Test;

class NetworkSlopeTest {
    @Test
    void slopeOfALinearUnitIsItsWeight() {
        Network net = Network.uniform(new int[] {1, 1}, new Activation[] {Activation.IDENTITY}, true);
        net.setWeights(new double[][] {{1, 3}}); // y = 1 + 3x
        assertEquals(3.0, NetworkSlope.at(net, 0.37), 0); // exact: the chain rule, no finite difference
        assertEquals(3.0, NetworkSlope.at(net, -5), 0);
    }

    @Test
    void slopeAgreesWithACentralDifferenceOnATrainedRungeNetwork() {
        TrainingRun run = TrainingRun.start(LinkCodec.decode("data=runge&n=40&h=6,6&act=tanh,sigmoid&out=identity"
                + "&loss=mse&opt=adam&lr=0.01").state());
        run.train(50);
        Network net = run.network();
        double h = 1e-5;
        for (double x = -1; x <= 1; x += 0.125) {
            double numeric = (net.forward(new double[] {x + h})[0] - net.forward(new double[] {x - h})[0]) / (2 * h);
            assertEquals(numeric, NetworkSlope.at(net, x), 1e-8, "at x = " + x);
        }
    }

    @Test
    void slopeOfATanhUnitFollowsTheChainRule() {
        Network net = Network.uniform(new int[] {1, 1}, new Activation[] {Activation.TANH}, true);
        net.setWeights(new double[][] {{0.5, 2}}); // y = tanh(0.5 + 2x), y' = 2(1 − tanh²(0.5 + 2x))
        assertEquals(1.2694791799649168, NetworkSlope.at(net, 0.1), 1e-14); // 2(1 − tanh²(0.7))
    }

    @Test
    void slopeOfATwoUnitHiddenLayerSumsBothPaths() {
        Network net = Network.uniform(new int[] {1, 2, 1}, new Activation[] {Activation.TANH, Activation.IDENTITY},
                true);
        // h1 = tanh(0.1 + 0.5x), h2 = tanh(−0.2 + 1.5x), y = 0.3 + 2·h1 − h2
        net.setWeights(new double[][] {{0.1, -0.2, 0.5, 1.5}, {0.3, 2, -1}});
        // y' = 2·0.5·(1 − tanh²(0.3)) − 1.5·(1 − tanh²(0.4)) at x = 0.4
        double expected = 1 - Math.pow(Math.tanh(0.3), 2) - 1.5 * (1 - Math.pow(Math.tanh(0.4), 2));
        assertEquals(expected, NetworkSlope.at(net, 0.4), 1e-14);
        assertEquals(-0.36832121729513734, NetworkSlope.at(net, 0.4), 1e-14);
    }
}
