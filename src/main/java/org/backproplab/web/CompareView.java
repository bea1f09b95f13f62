package org.backproplab.web;

/** The page's Compare view: what its JavaScript asks of the engine. It shares the lab's experiment state. */
public final class CompareView {
    private final Lab lab;

    CompareView(Lab lab) {
        this.lab = lab;
    }
}
