package org.backproplab.experiment.perceptron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The order in which a perceptron visits the rows of a truth table in every epoch: a permutation of its rows. */
public final class SampleOrder {
    private final TruthTable table;
    private final int[] rows;

    SampleOrder(TruthTable table, int[] rows) {
        this.table = table;
        this.rows = rows;
    }

    /**
     * The order written as row patterns separated by spaces, commas or line breaks ("100 101 001 …"); it must name
     * every row of {@code table} exactly once. Problems come back with their line numbers.
     */
    public static ParseResult<SampleOrder> parse(TruthTable table, String text) {
        List<InputError> errors = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        int[] lineOfRow = new int[table.rowCount()];
        List<String> lines = Tokens.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            for (String token : Tokens.split(lines.get(i))) {
                int row = table.rowOf(token);
                if (TruthTable.patternValue(token, table.inputCount()) < 0) {
                    errors.add(new InputError(line, InputError.Kind.BAD_PATTERN, token, table.inputCount()));
                } else if (row < 0) {
                    errors.add(new InputError(line, InputError.Kind.UNKNOWN_ROW, token, 0));
                } else if (lineOfRow[row] != 0) {
                    errors.add(new InputError(line, InputError.Kind.REPEATED_ROW, token, lineOfRow[row]));
                } else {
                    lineOfRow[row] = line;
                    order.add(row);
                }
            }
        }
        for (int row = 0; row < table.rowCount(); row++) {
            if (lineOfRow[row] == 0) {
                errors.add(new InputError(0, InputError.Kind.MISSING_ROW, table.pattern(row), 0));
            }
        }
        if (!errors.isEmpty()) {
            return ParseResult.failed(errors.subList(0, Math.min(errors.size(), TruthTable.MAX_ERRORS)));
        }
        int[] rows = new int[order.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = order.get(i);
        }
        return ParseResult.ok(new SampleOrder(table, rows));
    }

    /** The order visiting the given row indices; throws IllegalArgumentException unless they are a permutation. */
    public static SampleOrder of(TruthTable table, int... rows) {
        if (rows.length != table.rowCount()) {
            throw new IllegalArgumentException(
                    "an order of " + table.rowCount() + " rows needs " + table.rowCount() + " entries, not " + rows.length);
        }
        boolean[] seen = new boolean[rows.length];
        for (int row : rows) {
            if (row < 0 || row >= rows.length || seen[row]) {
                throw new IllegalArgumentException("not a permutation of the rows: " + Arrays.toString(rows));
            }
            seen[row] = true;
        }
        return new SampleOrder(table, rows.clone());
    }

    /** The table whose rows this order visits. */
    public TruthTable table() {
        return table;
    }

    /** The number of samples per epoch (the table's row count). */
    public int size() {
        return rows.length;
    }

    /** The row visited at {@code position} (0-based) of every epoch. */
    public int row(int position) {
        return rows[position];
    }

    /** The order written as the course writes it: "100 101 001 010 000 011 110 111". */
    public String patterns() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(table.pattern(rows[i]));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SampleOrder
                && table.sameRowsAs(((SampleOrder) other).table)
                && Arrays.equals(rows, ((SampleOrder) other).rows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return patterns();
    }
}
