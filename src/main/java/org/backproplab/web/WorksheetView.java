package org.backproplab.web;

import java.util.List;
import org.backproplab.experiment.worksheet.BiasConversion;
import org.backproplab.experiment.worksheet.BiasConvention;
import org.backproplab.experiment.worksheet.Worksheet;
import org.backproplab.experiment.worksheet.WorksheetFields;
import org.backproplab.experiment.worksheet.WorksheetJson;
import org.backproplab.experiment.worksheet.WorksheetPresets;
import org.backproplab.experiment.worksheet.WorksheetSetup;
import org.teavm.jso.JSExport;

/**
 * The page's Worksheet view: what its JavaScript asks of the engine. It shares the lab's experiment state, where the
 * typed network lives; the steps taken from it live here until the network changes or the page resets them.
 */
public final class WorksheetView {
    private final Lab lab;
    private Worksheet worksheet;

    WorksheetView(Lab lab) {
        this.lab = lab;
    }

    /** Why the typed boxes don't describe one network (empty when they do). */
    @JSExport
    public String[] problems() {
        return Worksheet.problems(lab.state()).toArray(new String[0]);
    }

    /** Computes step 1 from the typed network; returns "" or the problems, one per line (nothing is shown then). */
    @JSExport
    public String start() {
        WorksheetSetup.Reading reading = WorksheetSetup.read(lab.state());
        if (!reading.ok()) {
            worksheet = null;
            return String.join("\n", reading.problems());
        }
        worksheet = new Worksheet(reading.setup());
        return "";
    }

    /** Applies the shown step's update and moves on to the next step (starts at step 1 if none is shown). */
    @JSExport
    public String next() {
        if (worksheet == null) {
            return start();
        }
        worksheet.next();
        return "";
    }

    /** Forgets the steps taken; the typed network stays. */
    @JSExport
    public void reset() {
        worksheet = null;
    }

    /** Whether a step is being shown. */
    @JSExport
    public boolean active() {
        return worksheet != null;
    }

    /** The number of the step shown (0 when none). */
    @JSExport
    public int stepNumber() {
        return worksheet == null ? 0 : worksheet.current().number();
    }

    /** The shown step's tables as JSON (see {@link WorksheetJson}), or "" when none is shown. */
    @JSExport
    public String tables() {
        return worksheet == null ? "" : WorksheetJson.of(worksheet.current());
    }

    /** The shown step's tables as Markdown, or "". */
    @JSExport
    public String markdown() {
        return worksheet == null ? "" : worksheet.current().markdown();
    }

    /** The shown step's tables as CSV, or "". */
    @JSExport
    public String csv() {
        return worksheet == null ? "" : worksheet.current().csv();
    }

    /** The presets' ids, in menu order. */
    @JSExport
    public String[] presetIds() {
        List<WorksheetPresets.Preset> all = WorksheetPresets.all();
        String[] out = new String[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i).id();
        }
        return out;
    }

    /** What the menu shows for a preset. */
    @JSExport
    public String presetLabel(String id) {
        WorksheetPresets.Preset p = WorksheetPresets.byId(id);
        return p == null ? "" : p.label();
    }

    /** The preset's note: the example and anything reconstructed. */
    @JSExport
    public String presetNote(String id) {
        WorksheetPresets.Preset p = WorksheetPresets.byId(id);
        return p == null ? "" : p.note();
    }

    /** Writes a preset into the worksheet fields (keeping the bias convention); returns "" or a message. */
    @JSExport
    public String applyPreset(String id) {
        WorksheetPresets.Preset p = WorksheetPresets.byId(id);
        if (p == null) {
            return "unknown preset " + id;
        }
        WorksheetPresets.apply(lab.state(), p);
        return "";
    }

    /** After the bias convention changed: moves the biases between row 0 of W and b; "" or why they stayed. */
    @JSExport
    public String switchConvention() {
        return BiasConversion.afterSwitch(lab.state());
    }

    /** How the page names a bias convention. */
    @JSExport
    public String conventionLabel(String id) {
        BiasConvention c = BiasConvention.byId(id);
        return c == null ? id : c.label();
    }

    /** How the page names a loss. */
    @JSExport
    public String lossLabel(String id) {
        return WorksheetFields.lossLabel(id);
    }

    /** The formula of a loss, for the line under its chooser. */
    @JSExport
    public String lossFormula(String id) {
        return WorksheetFields.lossFormula(id);
    }
}
