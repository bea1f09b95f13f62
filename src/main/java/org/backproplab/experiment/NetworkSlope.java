package org.backproplab.experiment;

import org.backproplab.engine.Network;

/**
 * dy/dx of a one-input network's first output: the one place the page's derivative plot asks for it, so that
 * the central difference used here can be swapped for the engine's exact input gradient.
 */
public final class NetworkSlope {
    /** The step of the central difference. */
    public static final double H = 1e-5;

    private NetworkSlope() {
    }

    /** (y(x+h) − y(x−h)) / 2h for the network's first output at input x. */
    public static double at(Network net, double x) {
        double[] in = new double[1];
        in[0] = x + H;
        double above = net.forward(in, 0)[0];
        in[0] = x - H;
        double below = net.forward(in, 0)[0];
        return (above - below) / (2 * H);
    }
}
