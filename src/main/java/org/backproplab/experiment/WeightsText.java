package org.backproplab.experiment;

import org.backproplab.text.Texts;
import org.backproplab.text.Decimals;
import org.backproplab.engine.Network;

/**
 * Reads weights typed by a person: layers separated by '|', numbers by commas, spaces or ';', each layer
 * row-major with the bias row first, e.g. "0.1 0.2; 0.3 0.4 | 0.2; 1; -3 | 1; 2" for the worked example W1.
 */
final class WeightsText {
    private WeightsText() {
    }

    /**
     * The field's own rule: only numbers, separated as {@link #parse} reads them, or null; whether they fit the
     * network is checked when training starts, since the network's shape is set in other fields.
     */
    static String check(String text) {
        String[] layers = text.trim().split("\\|", -1);
        for (int l = 0; l < layers.length; l++) {
            String layer = layers[l].trim();
            if (layer.isEmpty()) {
                continue;
            }
            for (String part : layer.split("[\\s,;]+")) {
                if (Double.isNaN(Decimals.parse(part))) {
                    return "layer " + (l + 1) + ": '" + Texts.clip(part) + "' is not a number";
                }
            }
        }
        return null;
    }

    /** The weights of every layer of {@code net}'s shape, or an IllegalArgumentException saying what is wrong. */
    static double[][] parse(String text, Network net) {
        String[] layers = text.trim().split("\\|", -1);
        if (layers.length != net.layerCount()) {
            throw new IllegalArgumentException("explicit weights: give " + net.layerCount()
                    + " layers separated by '|' (found " + layers.length + ")");
        }
        double[][] out = new double[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            int rows = net.width(l) + 1;
            int cols = net.width(l + 1);
            String[] parts = layers[l].trim().split("[\\s,;]+");
            int count = layers[l].trim().isEmpty() ? 0 : parts.length;
            if (count != rows * cols) {
                throw new IllegalArgumentException("explicit weights: layer " + (l + 1) + " needs " + rows + "×" + cols
                        + " = " + rows * cols + " numbers (bias row first), found " + count);
            }
            out[l] = new double[count];
            for (int i = 0; i < count; i++) {
                double v = Decimals.parse(parts[i]);
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("explicit weights: layer " + (l + 1) + ": '" + Texts.clip(
                            parts[i]) + "' is not a number");
                }
                out[l][i] = v;
            }
        }
        return out;
    }
}
