package org.backproplab.experiment.worksheet;

import java.util.List;
import java.util.Locale;

/** A step's tables as JSON for the page, which builds its DOM from it with text nodes only. */
public final class WorksheetJson {
    private WorksheetJson() {
    }

    /** The step as {title, summary, warnings, sections: [{id, title, tables: [{id, title, formulas, corner, columns, rows: [{label, role, span, cells: [{t, k, q, r}]}]}]}]}. */
    public static String of(WorksheetStep step) {
        return of(step, null);
    }

    /**
     * The step as {@link #of(WorksheetStep)}, answered first: while {@code quiz} asks a cell its text is "" and it
     * carries {a: what was typed, m: the mark, ok: whether right}; {quiz: {score, revealed}} says how it goes. A null
     * quiz shows every number.
     */
    public static String of(WorksheetStep step, Quiz quiz) {
        StringBuilder j = new StringBuilder("{");
        if (quiz != null) {
            field(j, "quiz").append('{');
            field(j, "score").append(string(quiz.score())).append(',');
            field(j, "revealed").append(quiz.revealed()).append("},");
        }
        field(j, "title").append(string(step.title())).append(',');
        field(j, "step").append(step.number()).append(',');
        field(j, "summary").append(string(step.summary())).append(',');
        field(j, "warnings").append(strings(step.warnings())).append(',');
        field(j, "sections").append('[');
        List<Section> sections = step.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            j.append(s == 0 ? "{" : ",{");
            field(j, "id").append(string(section.id())).append(',');
            field(j, "title").append(string(section.title())).append(',');
            field(j, "tables").append('[');
            for (int t = 0; t < section.tables().size(); t++) {
                j.append(t == 0 ? "" : ",");
                table(j, section.tables().get(t), quiz);
            }
            j.append("]}");
        }
        return j.append("]}").toString();
    }

    private static void table(StringBuilder j, Table table, Quiz quiz) {
        j.append('{');
        field(j, "id").append(string(table.id())).append(',');
        field(j, "title").append(string(table.title())).append(',');
        field(j, "formulas").append(strings(table.formulas())).append(',');
        field(j, "corner").append(string(table.corner())).append(',');
        field(j, "columns").append(strings(table.columns())).append(',');
        field(j, "rows").append('[');
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            j.append(r == 0 ? "{" : ",{");
            field(j, "label").append(string(row.label())).append(',');
            field(j, "role").append(string(row.role().name().toLowerCase(Locale.ROOT))).append(',');
            field(j, "span").append(row.spanLast()).append(',');
            field(j, "cells").append('[');
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                j.append(c == 0 ? "{" : ",{");
                boolean asked = quiz != null && quiz.asks(cell);
                // an asked cell's number stays in the engine: the page never has it until the answers are shown
                field(j, "t").append(string(asked ? "" : cell.text())).append(',');
                field(j, "k").append(string(cell.kind().name().toLowerCase(Locale.ROOT))).append(',');
                field(j, "q").append(string(cell.key())).append(',');
                field(j, "r").append(cell.result());
                if (asked) {
                    AnswerCheck.Verdict mark = quiz.mark(cell.key());
                    j.append(',');
                    field(j, "a").append(string(quiz.typed(cell.key()))).append(',');
                    field(j, "m").append(string(mark == null ? "" : mark.text())).append(',');
                    field(j, "ok").append(mark != null && mark.right());
                }
                j.append('}');
            }
            j.append("]}");
        }
        j.append("]}");
    }

    private static StringBuilder field(StringBuilder j, String name) {
        return j.append('"').append(name).append("\":");
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(string(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, everything else as is. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                sb.append("\\u");
                for (int p = hex.length(); p < 4; p++) {
                    sb.append('0');
                }
                sb.append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
