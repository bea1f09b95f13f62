package org.backproplab.web;

import java.util.List;
import org.backproplab.experiment.worksheet.BiasConversion;
import org.backproplab.experiment.worksheet.BiasConvention;
import org.backproplab.experiment.worksheet.AnswerCheck;
import org.backproplab.experiment.worksheet.Quiz;
import org.backproplab.experiment.worksheet.Worksheet;
import org.backproplab.experiment.worksheet.WorksheetFields;
import org.backproplab.experiment.worksheet.WorksheetJson;
import org.backproplab.experiment.worksheet.WorksheetPresets;
import org.backproplab.experiment.worksheet.WorksheetSetup;
import org.backproplab.experiment.worksheet.WorksheetStep;
import org.teavm.jso.JSExport;

/**
 * The page's Worksheet view: what its JavaScript asks of the engine. It shares the lab's experiment state, where the
 * typed network lives; the steps taken from it live here until the network changes or the page resets them.
 */
public final class WorksheetView {
    private final Lab lab;
    private Worksheet worksheet;
    /** The answers typed for the shown step; a new step starts a new quiz. */
    private Quiz quiz;
    private WorksheetStep quizzed;

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

    /**
     * The shown step's tables as JSON (see {@link WorksheetJson}), or "" when none is shown; with "Answer first" on,
     * the computed numbers are answer boxes.
     */
    @JSExport
    public String tables() {
        return worksheet == null ? "" : WorksheetJson.of(worksheet.current(), quiz());
    }

    /** Marks the text typed for quantity {@code key} ("✓ to 3 decimals", "✗"); "" when blank or not asked. */
    @JSExport
    public String answer(String key, String text) {
        Quiz q = quiz();
        AnswerCheck.Verdict verdict = q == null || text == null ? null : q.answer(key, text);
        return verdict == null ? "" : verdict.text();
    }

    /** Whether the answer for {@code key} is marked right. */
    @JSExport
    public boolean answerRight(String key) {
        Quiz q = quiz();
        AnswerCheck.Verdict verdict = q == null ? null : q.mark(key);
        return verdict != null && verdict.right();
    }

    /** "12 of 48 right" for the shown step, or "" when "Answer first" is off or no step is shown. */
    @JSExport
    public String score() {
        Quiz q = quiz();
        return q == null ? "" : q.score();
    }

    /** Whether the shown step's answers are revealed (false when there is no quiz). */
    @JSExport
    public boolean answersShown() {
        Quiz q = quiz();
        return q != null && q.revealed();
    }

    /** Shows every number of the shown step, as without "Answer first"; the marks and the score stay. */
    @JSExport
    public void showAnswers() {
        Quiz q = quiz();
        if (q != null) {
            q.reveal();
        }
    }

    /** The quiz on the shown step, or null when "Answer first" is off or no step is shown. */
    private Quiz quiz() {
        if (worksheet == null || !"on".equals(lab.state().get(WorksheetFields.QUIZ))) {
            return null;
        }
        if (quizzed != worksheet.current()) {
            quizzed = worksheet.current();
            quiz = new Quiz(quizzed);
        }
        return quiz;
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
