package org.backproplab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backproplab.engine.Feature;
import org.backproplab.engine.FeatureMap;
import org.backproplab.text.Texts;

/**
 * The experiment's input features ({@code feat=x1sq,x2sq}): which of x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂ the
 * first layer sees. Ids are kept in {@link Feature}'s order, each once, so a link says the same thing one way; the
 * default, x1,x2, is the plain inputs, and a link without the field (of any version) means it.
 */
public final class InputFeatures {
    /** The ids a link may name, in order. */
    public static final String ACCEPTED = "x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2";

    private InputFeatures() {
    }

    /** A problem with typed features, or null: unknown names (listing the accepted ones), or none on. */
    static String check(String text) {
        List<Feature> chosen = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            if (name.trim().isEmpty()) {
                continue;
            }
            Feature f = byName(name);
            if (f == null) {
                return "'" + Texts.clip(name.trim()) + "' is not an input feature (" + ACCEPTED + ")";
            }
            chosen.add(f);
        }
        return chosen.isEmpty() ? "at least one input feature must stay on (" + ACCEPTED + ")" : null;
    }

    /** Checked features as ids in {@link Feature}'s order, each once: "x2sq, X1^2" is kept as "x1sq,x2sq". */
    static String canonical(String text) {
        return FeatureMap.of(parse(text)).ids();
    }

    /** The features of checked text. */
    static List<Feature> parse(String text) {
        List<Feature> chosen = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            Feature f = name.trim().isEmpty() ? null : byName(name);
            if (f != null && !chosen.contains(f)) {
                chosen.add(f);
            }
        }
        return chosen;
    }

    /**
     * The feature a person means: its id, its symbol or a usual spelling, in any case ("x1sq", "x₁²", "x1^2",
     * "x1*x2", "sin(x1)"), or null.
     */
    public static Feature byName(String name) {
        String t = name.trim().toLowerCase(Locale.ROOT).replace("₁", "1").replace("₂", "2").replace("²", "sq")
                .replace("^2", "sq").replace("*", "").replace("·", "").replace("(", "").replace(")", "")
                .replace(" ", "");
        return Feature.byId(t);
    }

    /**
     * The feature map of the experiment for data with {@code inputs} raw inputs. Features are made from x₁ and x₂;
     * data with another number of inputs (a curve's one, majority's three) take the default (their inputs as they
     * are, returned as null) and refuse any other choice with a message.
     */
    public static FeatureMap of(ExperimentState state, int inputs) {
        if (inputs == 2) {
            return FeatureMap.of(parse(state.get(Fields.FEATURES)));
        }
        if (state.isSet(Fields.FEATURES)) {
            throw new IllegalArgumentException("input features (" + state.get(Fields.FEATURES) + ") are made from two"
                    + " inputs x1, x2, and these data have " + inputs + ": set the input features to x1,x2");
        }
        return null;
    }

    /** The chosen features as written: "x₁², x₂²". */
    public static String symbols(ExperimentState state) {
        StringBuilder sb = new StringBuilder();
        for (Feature f : parse(state.get(Fields.FEATURES))) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.symbol());
        }
        return sb.toString();
    }

    /** The chosen features' ids, in order. */
    public static List<String> ids(ExperimentState state) {
        List<String> out = new ArrayList<>();
        for (Feature f : parse(state.get(Fields.FEATURES))) {
            out.add(f.id());
        }
        return out;
    }

    /**
     * The experiment with feature {@code id} switched on or off; IllegalArgumentException when it is an unknown id
     * or the last feature on.
     */
    public static ExperimentState toggled(ExperimentState state, String id) {
        Feature f = Feature.byId(id);
        if (f == null) {
            throw new IllegalArgumentException("'" + Texts.clip(id) + "' is not an input feature (" + ACCEPTED
                    + ")");
        }
        List<Feature> chosen = parse(state.get(Fields.FEATURES));
        if (chosen.contains(f)) {
            if (chosen.size() == 1) {
                throw new IllegalArgumentException(f.symbol() + " is the last input feature on: at least one must stay"
                        + " on; switch another on first");
            }
            chosen.remove(f);
        } else {
            chosen.add(f);
        }
        return state.copy().with(Fields.FEATURES, FeatureMap.of(chosen).ids());
    }
}
