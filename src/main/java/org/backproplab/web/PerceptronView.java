package org.backproplab.web;

/** The page's Perceptron view: what its JavaScript asks of the engine. It shares the lab's experiment state. */
public final class PerceptronView {
    private final Lab lab;

    PerceptronView(Lab lab) {
        this.lab = lab;
    }
}
