package org.backproplab.web;

import org.teavm.jso.JSExport;

/** TeaVM entry point. */
public final class WebMain {
    private WebMain() {
    }

    public static void main(String[] args) {
    }

    @JSExport
    public static String hello() {
        return "hi";
    }
}
