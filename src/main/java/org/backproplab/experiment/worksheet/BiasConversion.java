package org.backproplab.experiment.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.ExperimentState;

/**
 * Rewrites the typed weights when the student switches bias convention, so the network stays the same: row 0 of
 * each W⁽ˡ⁾ becomes b⁽ˡ⁾ and back. Works on the typed tokens, so every number keeps exactly the digits typed.
 */
public final class BiasConversion {
    private BiasConversion() {
    }

    /**
     * Moves the biases into the form of the convention {@code state} now has, from the other one; returns "" or why
     * the boxes were left as they are (they didn't describe a network in the old convention).
     */
    public static String afterSwitch(ExperimentState state) {
        BiasConvention to = BiasConvention.byId(state.get(WorksheetFields.BIAS));
        return convert(state, to.other(), to);
    }

    /** Rewrites W (and b) typed in {@code from} into {@code to}; returns "" or why nothing changed. */
    static String convert(ExperimentState state, BiasConvention from, BiasConvention to) {
        if (from == to) {
            return "";
        }
        List<TextGrid.Block> blocks = TextGrid.of(state.get(WorksheetFields.WEIGHTS)).blocks();
        List<List<List<String>>> matrices = new ArrayList<>();
        List<List<String>> biases = new ArrayList<>();
        if (from == BiasConvention.ROW0) {
            for (int l = 1; l <= blocks.size(); l++) {
                List<List<String>> rows = texts(blocks.get(l - 1).rows());
                if (rows.size() < 2) {
                    return "The biases were not moved: " + Notation.of("W", l) + " has only one row, so it has no"
                            + " bias row 0 above its weights.";
                }
                biases.add(rows.get(0));
                matrices.add(rows.subList(1, rows.size()));
            }
        } else {
            List<TextGrid.Row> b = TextGrid.of(state.get(WorksheetFields.BIASES)).rows();
            if (b.size() != blocks.size()) {
                return "The biases were not moved into W: b has " + WorksheetFields.count(b.size(), "line") + " for "
                        + blocks.size() + (blocks.size() == 1 ? " matrix." : " matrices.");
            }
            for (int l = 1; l <= blocks.size(); l++) {
                List<List<String>> rows = texts(blocks.get(l - 1).rows());
                List<String> bias = texts(List.of(b.get(l - 1))).get(0);
                if (bias.size() != rows.get(0).size()) {
                    return "The biases were not moved into W: " + Notation.of("b", l) + " has "
                            + WorksheetFields.count(bias.size(), "number") + " but " + Notation.of("W", l) + " has "
                            + WorksheetFields.count(rows.get(0).size(), "column") + ".";
                }
                List<List<String>> withBias = new ArrayList<>();
                withBias.add(bias);
                withBias.addAll(rows);
                matrices.add(withBias);
            }
        }
        String problem = state.set(WorksheetFields.WEIGHTS, write(matrices));
        if (problem == null) {
            problem = state.set(WorksheetFields.BIASES, to == BiasConvention.SEPARATE ? writeRows(biases) : "");
        }
        return problem == null ? "" : problem;
    }

    private static List<List<String>> texts(List<TextGrid.Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (TextGrid.Row r : rows) {
            List<String> row = new ArrayList<>();
            for (TextGrid.Token t : r.tokens()) {
                row.add(t.text());
            }
            out.add(row);
        }
        return out;
    }

    /** Matrices with their columns aligned (no leading spaces: the field trims them), a blank line between. */
    static String write(List<List<List<String>>> matrices) {
        StringBuilder sb = new StringBuilder();
        for (List<List<String>> m : matrices) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            int[] widths = new int[m.get(0).size()];
            for (List<String> row : m) {
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = Math.max(widths[c], row.get(c).length());
                }
            }
            for (int r = 0; r < m.size(); r++) {
                if (r > 0) {
                    sb.append('\n');
                }
                for (int c = 0; c < widths.length; c++) {
                    String token = m.get(r).get(c);
                    sb.append(token);
                    if (c < widths.length - 1) {
                        for (int pad = token.length(); pad < widths[c] + 2; pad++) {
                            sb.append(' ');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String writeRows(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(String.join("  ", row));
        }
        return sb.toString();
    }
}
