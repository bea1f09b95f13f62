package org.backproplab.web;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.ExperimentJson;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.HiddenControls;
import org.backproplab.experiment.HistoryCsv;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.Presets;
import org.backproplab.experiment.TrainingRun;
import org.teavm.jso.JSExport;

/** The page's share tools: what their JavaScript asks of the engine. They share the lab's experiment state. */
public final class ShareView {
    private final Lab lab;

    ShareView(Lab lab) {
        this.lab = lab;
    }

    /** Every preset as consecutive (group, name, fragment) triples, in menu order. */
    @JSExport
    public String[] presets() {
        List<String> out = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) {
            out.add(p.group());
            out.add(p.name());
            out.add(p.fragment());
        }
        return out.toArray(new String[0]);
    }

    /** The note of the preset with this fragment (its figures, said when it is opened), or "". */
    @JSExport
    public String presetNote(String fragment) {
        return Presets.noteOf(fragment);
    }

    /** The controls the link hides: field keys, and "tabs" or "tools" for those page parts. */
    @JSExport
    public String[] hidden() {
        return HiddenControls.resolve(lab.state()).toArray(new String[0]);
    }

    /** The current run's settings and weights as JSON, or "" when no run could start. */
    @JSExport
    public String exportJson() {
        TrainingRun run = lab.run();
        return run == null ? "" : ExperimentJson.write(run);
    }

    /** The current run's per-epoch history as CSV, or "" when no run could start. */
    @JSExport
    public String historyCsv() {
        TrainingRun run = lab.run();
        return run == null ? "" : HistoryCsv.write(run);
    }

    /** A file name without extension for exports: "backprop-lab-xor_easy-epoch-5000". */
    @JSExport
    public String fileStem() {
        TrainingRun run = lab.run();
        ExperimentState state = run == null ? lab.state() : run.state();
        return "backprop-lab-" + state.get(Fields.DATA) + "-epoch-" + (run == null ? 0 : run.epoch());
    }

    /**
     * Loads an exported JSON file: on success the experiment and its weights replace the current one and the
     * result is "" followed by notices; on failure the result is the message alone and nothing changes.
     */
    @JSExport
    public String[] importJson(String text) {
        ExperimentJson.Imported imported = ExperimentJson.read(text);
        if (imported.state() == null) {
            return new String[] {imported.error()};
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(imported.notices());
        for (String n : lab.loadLink(LinkCodec.encode(imported.state()))) {
            out.add(n);
        }
        lab.reset();
        return out.toArray(new String[0]);
    }
}
