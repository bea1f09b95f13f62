package org.backproplab.web;

/** The page's diagram tools: what their JavaScript asks of the engine. They share the lab's experiment state. */
public final class DiagramView {
    private final Lab lab;

    DiagramView(Lab lab) {
        this.lab = lab;
    }
}
