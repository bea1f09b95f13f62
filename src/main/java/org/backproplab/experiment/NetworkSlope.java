package org.backproplab.experiment;

import org.backproplab.engine.Jacobian;
import org.backproplab.engine.Network;

/**
 * dy/dx of a one-input network's first output: the one place the page's derivative plot asks for it. It is the
 * engine's exact input gradient (the chain rule through the layers, {@link Jacobian}), not a finite difference.
 */
public final class NetworkSlope {
    private NetworkSlope() {
    }

    /** ∂y/∂x of the network's first output at input x. */
    public static double at(Network net, double x) {
        return Jacobian.inputGradient(net, new double[] {x})[0];
    }
}
