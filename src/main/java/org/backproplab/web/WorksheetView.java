package org.backproplab.web;

/** The page's Worksheet view: what its JavaScript asks of the engine. It shares the lab's experiment state. */
public final class WorksheetView {
    private final Lab lab;

    WorksheetView(Lab lab) {
        this.lab = lab;
    }
}
