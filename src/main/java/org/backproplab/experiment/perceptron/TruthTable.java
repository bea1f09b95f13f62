package org.backproplab.experiment.perceptron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * A boolean function given as rows of 0/1 inputs x1…xn with a 0/1 target, plus the order in which a perceptron
 * visits the rows by default.
 *
 * <p>Rows are kept in binary counting order (x1 is the most significant bit: 00, 01, 10, 11), whatever order
 * they were typed in; row indices everywhere refer to that order.
 */
public final class TruthTable {
    /** The most inputs a table may have. */
    public static final int MAX_INPUTS = 8;
    /** The most rows a table may have: every pattern of {@link #MAX_INPUTS} inputs once, as duplicates are refused. */
    public static final int MAX_ROWS = 1 << MAX_INPUTS;
    /** Parsing stops collecting problems after this many, so a pasted essay gives a readable list. */
    static final int MAX_ERRORS = 20;

    /** x1 AND x2. */
    public static final TruthTable AND = ofFunction("AND", 2, r -> r == 0b11);
    /** x1 OR x2. */
    public static final TruthTable OR = ofFunction("OR", 2, r -> r != 0);
    /** NOT (x1 AND x2). */
    public static final TruthTable NAND = ofFunction("NAND", 2, r -> r != 0b11);
    /** NOT (x1 OR x2). */
    public static final TruthTable NOR = ofFunction("NOR", 2, r -> r == 0);
    /** x1 XOR x2: not linearly separable, so a perceptron never converges on it. */
    public static final TruthTable XOR = ofFunction("XOR", 2, r -> r == 0b01 || r == 0b10);
    /**
     * 1 when at least two of x1, x2, x3 are 1. Its default order, 100 101 001 010 000 011 110 111, is the course's:
     * it is the order that reproduces the course's printed weight tables (reference case P1).
     */
    public static final TruthTable MAJORITY3 =
            ofFunction("MAJORITY3", 3, r -> Integer.bitCount(r) >= 2).withDefaultOrder(4, 5, 1, 2, 0, 3, 6, 7);

    private static final List<TruthTable> BUILT_INS = List.of(AND, OR, NAND, NOR, XOR, MAJORITY3);

    private final String name;
    private final int inputCount;
    /** The row's inputs as a number, x1 most significant; rows are sorted by it. */
    private final int[] patterns;
    private final int[] targets;
    private final int[] defaultOrder;

    private TruthTable(String name, int inputCount, int[] patterns, int[] targets, int[] defaultOrder) {
        this.name = name;
        this.inputCount = inputCount;
        this.patterns = patterns;
        this.targets = targets;
        this.defaultOrder = defaultOrder;
    }

    private static TruthTable ofFunction(String name, int inputCount, IntPredicate isOne) {
        int rows = 1 << inputCount;
        int[] patterns = new int[rows];
        int[] targets = new int[rows];
        for (int r = 0; r < rows; r++) {
            patterns[r] = r;
            targets[r] = isOne.test(r) ? 1 : 0;
        }
        return new TruthTable(name, inputCount, patterns, targets, countingOrder(rows));
    }

    private TruthTable withDefaultOrder(int... order) {
        return new TruthTable(name, inputCount, patterns, targets, order);
    }

    private static int[] countingOrder(int rows) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        return order;
    }

    /** The built-in tables: AND, OR, NAND, NOR, XOR, MAJORITY3. */
    public static List<TruthTable> builtIns() {
        return BUILT_INS;
    }

    /** The built-in table of that name, ignoring case ("xor"), or empty. */
    public static Optional<TruthTable> builtIn(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (TruthTable table : BUILT_INS) {
            if (table.name.equals(wanted)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /**
     * A table typed as one row per line, "x1 x2 … t" with 0/1 values separated by spaces or commas; blank lines,
     * '#' comments and a first line of column names are ignored. Problems come back with their line numbers.
     */
    public static ParseResult<TruthTable> parse(String text) {
        return new TableParser().parse(text);
    }

    /** The table's name: the built-in's name, or "custom" for a typed table. */
    public String name() {
        return name;
    }

    /** The number of inputs n (the perceptron has n + 1 weights, counting the bias weight w0). */
    public int inputCount() {
        return inputCount;
    }

    /** The number of rows. */
    public int rowCount() {
        return patterns.length;
    }

    /** Input x_i of a row, 0 or 1; {@code i} runs from 1 to {@link #inputCount()}, as in x1, x2. */
    public int input(int row, int i) {
        if (i < 1 || i > inputCount) {
            throw new IndexOutOfBoundsException("input x" + i + " of a table with " + inputCount + " inputs");
        }
        return (patterns[row] >> (inputCount - i)) & 1;
    }

    /** The target of a row, 0 or 1 (a threshold convention maps it to ±1 when needed). */
    public int target(int row) {
        return targets[row];
    }

    /** A row's inputs written as in the course, x1 first: "101". */
    public String pattern(int row) {
        StringBuilder out = new StringBuilder(inputCount);
        for (int i = 1; i <= inputCount; i++) {
            out.append(input(row, i));
        }
        return out.toString();
    }

    /** The row whose inputs are written {@code pattern} ("101"), or -1 when the table has no such row. */
    public int rowOf(String pattern) {
        int value = patternValue(pattern, inputCount);
        if (value < 0) {
            return -1;
        }
        int row = Arrays.binarySearch(patterns, value);
        return row >= 0 ? row : -1;
    }

    /** The order a perceptron visits the rows in unless told otherwise. */
    public SampleOrder defaultOrder() {
        return new SampleOrder(this, defaultOrder.clone());
    }

    /** True when both tables have the same rows in the same places, so a sample order fits either. */
    boolean sameRowsAs(TruthTable other) {
        return inputCount == other.inputCount && Arrays.equals(patterns, other.patterns);
    }

    /** The number written by a 0/1 string of the given length, x1 most significant; -1 if it is not one. */
    static int patternValue(String pattern, int length) {
        if (pattern.length() != length) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (c != '0' && c != '1') {
                return -1;
            }
            value = value * 2 + (c - '0');
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }

    /** One pass over typed table text; collects every problem rather than stopping at the first. */
    private static final class TableParser {
        private final List<InputError> errors = new ArrayList<>();
        /** Line each input pattern was first seen on, 0 when not yet seen. */
        private final int[] lineOfPattern = new int[MAX_ROWS];
        private final List<int[]> rows = new ArrayList<>(); // {pattern, target}
        private int columns = -1;
        private boolean seenContent;

        ParseResult<TruthTable> parse(String text) {
            List<String> lines = Tokens.lines(text);
            for (int i = 0; i < lines.size() && errors.size() < MAX_ERRORS; i++) {
                readLine(i + 1, Tokens.split(lines.get(i)));
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(new InputError(0, InputError.Kind.NO_ROWS, "", 0));
            }
            if (!errors.isEmpty()) {
                return ParseResult.failed(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
            }
            rows.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] patterns = new int[rows.size()];
            int[] targets = new int[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                patterns[r] = rows.get(r)[0];
                targets[r] = rows.get(r)[1];
            }
            return ParseResult.ok(new TruthTable("custom", columns - 1, patterns, targets, countingOrder(rows.size())));
        }

        private void readLine(int line, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            boolean firstContent = !seenContent;
            seenContent = true;
            if (firstContent && isHeader(tokens)) {
                return;
            }
            if (!checkColumns(line, tokens.size())) {
                return;
            }
            int pattern = 0;
            boolean valid = true;
            for (String token : tokens) {
                if (!token.equals("0") && !token.equals("1")) {
                    errors.add(new InputError(line, InputError.Kind.NOT_BINARY, token, 0));
                    valid = false;
                }
                pattern = pattern * 2 + (token.equals("1") ? 1 : 0);
            }
            if (!valid) {
                return;
            }
            int target = pattern & 1;
            int inputs = pattern >> 1;
            if (lineOfPattern[inputs] != 0) {
                errors.add(new InputError(line, InputError.Kind.DUPLICATE_ROW, rowText(tokens), lineOfPattern[inputs]));
                return;
            }
            // No row limit to check: with at most MAX_INPUTS inputs and no duplicates there are at most MAX_ROWS.
            lineOfPattern[inputs] = line;
            rows.add(new int[] {inputs, target});
        }

        /** True when the line is usable; the first usable line fixes the column count for the rest. */
        private boolean checkColumns(int line, int count) {
            if (count < 2) {
                errors.add(new InputError(line, InputError.Kind.TOO_FEW_COLUMNS, String.valueOf(count), 2));
                return false;
            }
            if (count - 1 > MAX_INPUTS) {
                errors.add(new InputError(line, InputError.Kind.TOO_MANY_INPUTS, String.valueOf(count - 1), MAX_INPUTS));
                return false;
            }
            if (columns < 0) {
                columns = count;
            } else if (count != columns) {
                errors.add(new InputError(line, InputError.Kind.COLUMN_COUNT, String.valueOf(count), columns));
                return false;
            }
            return true;
        }

        /** Column names such as "x1 x2 t": every token starts with a letter. */
        private static boolean isHeader(List<String> tokens) {
            for (String token : tokens) {
                if (!Character.isLetter(token.charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /** The inputs of a row as a pattern string ("01"), for messages. */
        private static String rowText(List<String> tokens) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < tokens.size() - 1; i++) {
                out.append(tokens.get(i));
            }
            return out.toString();
        }
    }
}
