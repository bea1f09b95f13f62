package org.backproplab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The input features in front of the first layer: two raw inputs (x₁, x₂) become the chosen features, in the
 * order of {@link Feature} (x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂), and the network's inputs are those
 * features. {@link #RAW} (x₁, x₂) is the identity, which every experiment without features uses.
 */
public final class FeatureMap {
    /** x₁ and x₂ as they are: the identity map. */
    public static final FeatureMap RAW = new FeatureMap(new Feature[] {Feature.X1, Feature.X2});

    private final Feature[] features;

    private FeatureMap(Feature[] features) {
        this.features = features;
    }

    /** The map of {@code chosen} (at least one), kept in {@link Feature}'s order, each once. */
    public static FeatureMap of(List<Feature> chosen) {
        List<Feature> out = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (chosen.contains(f)) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("at least one input feature");
        }
        return new FeatureMap(out.toArray(new Feature[0]));
    }

    /** The number of features: the network's inputs. */
    public int size() {
        return features.length;
    }

    /** Feature i (the network's input i). */
    public Feature feature(int i) {
        return features[i];
    }

    /** Whether the map is x₁, x₂ as they are. */
    public boolean isIdentity() {
        return features.length == 2 && features[0] == Feature.X1 && features[1] == Feature.X2;
    }

    /** Writes the features of the raw inputs {@code raw[offset]}, {@code raw[offset + 1]} into {@code out[to …]}. */
    public void apply(double[] raw, int offset, double[] out, int to) {
        double x1 = raw[offset];
        double x2 = raw[offset + 1];
        for (int i = 0; i < features.length; i++) {
            out[to + i] = features[i].value(x1, x2);
        }
    }

    /** The features of n raw rows (row-major n × 2) as a new row-major n × {@link #size()} array. */
    public double[] applyAll(double[] raw, int n) {
        double[] out = new double[n * features.length];
        for (int r = 0; r < n; r++) {
            apply(raw, 2 * r, out, r * features.length);
        }
        return out;
    }

    /** ∂(feature i)/∂x_j at (x₁, x₂), row-major {@link #size()} × 2. */
    public double[] jacobian(double x1, double x2) {
        double[] out = new double[2 * features.length];
        for (int i = 0; i < features.length; i++) {
            out[2 * i] = features[i].slopeX1(x1, x2);
            out[2 * i + 1] = features[i].slopeX2(x1, x2);
        }
        return out;
    }

    /** The ids, comma-separated, as the link writes them ("x1sq,x2sq"). */
    public String ids() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : features) {
            sb.append(sb.length() == 0 ? "" : ",").append(f.id());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMap && Arrays.equals(features, ((FeatureMap) o).features);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(features);
    }
}
