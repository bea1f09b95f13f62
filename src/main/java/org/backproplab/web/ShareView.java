package org.backproplab.web;

/** The page's share tools: what their JavaScript asks of the engine. They share the lab's experiment state. */
public final class ShareView {
    private final Lab lab;

    ShareView(Lab lab) {
        this.lab = lab;
    }
}
