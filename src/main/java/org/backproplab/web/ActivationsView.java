package org.backproplab.web;

/** The page's Activations view: what its JavaScript asks of the engine. It shares the lab's experiment state. */
public final class ActivationsView {
    private final Lab lab;

    ActivationsView(Lab lab) {
        this.lab = lab;
    }
}
