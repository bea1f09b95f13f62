package org.backproplab.web;

import org.teavm.jso.JSExport;

/**
 * The TeaVM entry point: the page's JavaScript calls {@link #newLab()} and then talks to the returned
 * {@link Lab}. Exported functions become globals of the generated script.
 */
public final class WebMain {
    private WebMain() {
    }

    /** Nothing to do at load: the page decides when to create a lab. */
    public static void main(String[] args) {
    }

    /** A lab holding the default experiment. */
    @JSExport
    public static Lab newLab() {
        return new Lab();
    }

    /** Numeric probes for the browser tests that compare this build with the JVM bit for bit. */
    @JSExport
    public static Diagnostics diagnostics() {
        return new Diagnostics();
    }

    /** The benchmark workloads (bench.html). */
    @JSExport
    public static Benchmarks benchmarks() {
        return new Benchmarks();
    }
}
