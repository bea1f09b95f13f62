package org.backproplab.experiment;

import java.util.List;
import org.backproplab.text.Texts;

/**
 * The experiment's name in one line, for the Train view's title: the preset's own name (with its group where the
 * name needs it) when the experiment is a preset (however the page is shown: view, language, projector mode, pace and panels don't count), otherwise its
 * parts by their readable names, "Spiral · 2-10-10-1 · Sigmoid → Sigmoid · Binary cross-entropy · Adam · η 0.01"
 * (each part between the dots a name the page's translation knows).
 */
public final class ExperimentTitle {
    /** Fields that change how the page shows an experiment, not the experiment. */
    private static final List<Field<?>> PAGE = List.of(Fields.VIEW, Fields.LANGUAGE, Fields.PROJECTOR, Fields.SPEED,
            Fields.SETTINGS, ShareFields.HIDE);

    private ExperimentTitle() {
    }

    /**
     * The title of {@code state}; {@code sizes} are its network's layer sizes, or null when no run could start. A
     * preset is recognised by its link: the state's link without the page's fields against each preset's link without
     * them (links are canonical, defaults left out, so equal links are equal experiments), which needs no preset to be
     * decoded (decoding all 25 took a page's first run 150 ms and more on a slow machine).
     */
    public static String of(ExperimentState state, int[] sizes) {
        String shown = LinkCodec.encode(withoutPage(state));
        for (Presets.Preset p : Presets.all()) {
            if (withoutPage(p.fragment()).equals(shown)) {
                return p.title();
            }
        }
        StringBuilder shape = new StringBuilder();
        if (sizes != null) {
            for (int i = 0; i < sizes.length; i++) {
                shape.append(i == 0 ? "" : "-").append(sizes[i]);
            }
        } else {
            shape.append("?-").append(state.text(Fields.HIDDEN).replace(',', '-')).append("-?");
        }
        StringBuilder hidden = new StringBuilder();
        for (String id : Texts.split(state.text(Fields.ACTIVATION), ',')) {
            hidden.append(hidden.length() == 0 ? "" : ", ").append(name(Fields.OUTPUT, id.trim()));
        }
        // input features other than x1, x2 name the network's inputs before its shape: "Circle · x₁², x₂² · 2-1 · …"
        String inputs = state.isSet(Fields.FEATURES) ? InputFeatures.symbols(state) + " · " : "";
        return name(Fields.DATA, state.text(Fields.DATA)) + " · " + inputs + shape + " · " + hidden + " → "
                + name(Fields.OUTPUT, state.text(Fields.OUTPUT)) + " · " + name(Fields.LOSS, state.text(Fields.LOSS))
                + " · " + name(Fields.OPTIMIZER, state.text(Fields.OPTIMIZER)) + " · η " + state.text(Fields.RATE);
    }

    private static String name(Field<?> field, String id) {
        return ChoiceNames.of(field.key(), id);
    }

    /** A canonical link without the page's fields: "v=2&target=0.05&view=compare" is "v=2&target=0.05". */
    static String withoutPage(String link) {
        StringBuilder out = new StringBuilder();
        for (String pair : Texts.split(link, '&')) {
            boolean page = false;
            for (Field<?> f : PAGE) {
                page |= pair.startsWith(f.key() + "=");
            }
            if (!page) {
                out.append(out.length() == 0 ? "" : "&").append(pair);
            }
        }
        return out.toString();
    }

    private static ExperimentState withoutPage(ExperimentState state) {
        ExperimentState out = state.copy();
        for (Field<?> f : PAGE) {
            out.set(f, f.defaultText());
        }
        return out;
    }
}
