package org.backproplab.experiment;

import java.util.List;

/**
 * The experiment's name in one line, for the Train view's title: the preset's own name (with its group where the
 * name needs it) when the experiment is a preset (however the page is shown: view, language, projector mode, pace and panels don't count), otherwise its
 * parts, "spiral · 2-10-10-1 sigmoid → sigmoid · bce · adam η 0.01".
 */
public final class ExperimentTitle {
    /** Fields that change how the page shows an experiment, not the experiment. */
    private static final List<Field<?>> PAGE = List.of(Fields.VIEW, Fields.LANGUAGE, Fields.PROJECTOR, Fields.SPEED,
            Fields.SETTINGS, ShareFields.HIDE);

    private ExperimentTitle() {
    }

    /** The title of {@code state}; {@code sizes} are its network's layer sizes, or null when no run could start. */
    public static String of(ExperimentState state, int[] sizes) {
        ExperimentState shown = withoutPage(state);
        for (Presets.Preset p : Presets.all()) {
            if (withoutPage(LinkCodec.decode(p.fragment()).state()).equals(shown)) {
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
        return state.text(Fields.DATA) + " · " + shape + " " + state.text(Fields.ACTIVATION) + " → "
                + state.text(Fields.OUTPUT) + " · " + state.text(Fields.LOSS) + " · " + state.text(Fields.OPTIMIZER)
                + " η " + state.text(Fields.RATE);
    }

    private static ExperimentState withoutPage(ExperimentState state) {
        ExperimentState out = state.copy();
        for (Field<?> f : PAGE) {
            out.set(f, f.defaultText());
        }
        return out;
    }
}
