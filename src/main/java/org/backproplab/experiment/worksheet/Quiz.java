package org.backproplab.experiment.worksheet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Answer first" on one worksheet step: every number the step computes is a question, asked once however many tables
 * show it (δ appears in the backward pass and again above ∂E/∂W), until the student reveals the answers. Numbers the
 * step only uses (weights, inputs, targets, the bias 1) are not asked.
 */
public final class Quiz {
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Map<String, AnswerCheck.Verdict> marks = new LinkedHashMap<>();
    private boolean revealed;

    /** The questions of {@code step}: its result cells, by key. */
    public Quiz(WorksheetStep step) {
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (cell.result() && !cell.key().isEmpty()) {
                            values.putIfAbsent(cell.key(), cell.value());
                        }
                    }
                }
            }
        }
    }

    /** Whether the page shows an answer box instead of this cell's number. */
    public boolean asks(Cell cell) {
        return !revealed && cell.isNumber() && values.containsKey(cell.key());
    }

    /**
     * Marks the student's text for the quantity {@code key}; blank text takes the answer back. Returns the mark, or
     * null when the text is blank, the key is not a question or the answers are shown.
     */
    public AnswerCheck.Verdict answer(String key, String text) {
        Double value = values.get(key);
        if (value == null || revealed) {
            return null;
        }
        if (text.trim().isEmpty()) {
            typed.remove(key);
            marks.remove(key);
            return null;
        }
        AnswerCheck.Verdict verdict = AnswerCheck.check(text, value);
        typed.put(key, text);
        marks.put(key, verdict);
        return verdict;
    }

    /** What the student typed for {@code key} ("" if nothing). */
    public String typed(String key) {
        return typed.getOrDefault(key, "");
    }

    /** The mark for {@code key}, or null if not answered. */
    public AnswerCheck.Verdict mark(String key) {
        return marks.get(key);
    }

    /** How many questions the step asks. */
    public int questions() {
        return values.size();
    }

    /** How many answers are right. */
    public int right() {
        int n = 0;
        for (AnswerCheck.Verdict v : marks.values()) {
            n += v.right() ? 1 : 0;
        }
        return n;
    }

    /** "12 of 48 right". */
    public String score() {
        return right() + " of " + questions() + " right";
    }

    /** Shows every number, as the worksheet does without the quiz; the marks stay. */
    public void reveal() {
        revealed = true;
    }

    /** Whether the answers are shown. */
    public boolean revealed() {
        return revealed;
    }
}
