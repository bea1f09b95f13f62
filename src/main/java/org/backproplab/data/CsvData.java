package org.backproplab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a student's CSV text into a dataset: rows {@code x1,x2,label} for classification (labels 0..9) or
 * {@code x,y} for regression.
 *
 * <p>Accepted: an optional header as the first row (recognised by having no number in it); '#' comments, to the
 * end of the line; blank lines; comma, semicolon or tab separators (chosen from the first non-blank row: tab if
 * it has one, else semicolon if it has one, else comma); whitespace and double quotes around values; with
 * semicolon or tab separators, a decimal comma ("0,5") as spreadsheets in many locales write it. Numbers are
 * plain decimals ("-1.5", ".5", "2e-3"); "NaN", "Infinity", hex and the like are refused.
 *
 * <p>Errors are collected with their line numbers rather than thrown, so one upload shows every problem.
 */
public final class CsvData {
    /** Most data rows accepted. */
    public static final int MAX_ROWS = 10_000;
    /** Longest line accepted, in characters. */
    public static final int MAX_LINE_LENGTH = 1_000;
    /** Largest class label accepted. */
    public static final int MAX_LABEL = 9;

    private CsvData() {
    }

    /** Parses {@code text} as a set of the given task, named "csv". */
    public static DataResult parse(String text, Task task) {
        return parse(text, task, "csv");
    }

    /** Parses {@code text} as a set of the given task with the given display name. */
    public static DataResult parse(String text, Task task, String name) {
        return new Reader(task).read(text == null ? "" : text, name);
    }

    /** The state of one parse. */
    private static final class Reader {
        private final boolean classification;
        private final int columns;
        private final List<String> messages = new ArrayList<>();
        private int errorCount;
        private char separator;
        private boolean seenContent;
        private int rows;
        private int goodRows;
        private double[] xs = new double[64];
        private double[] ys = new double[32];
        private int[] labels = new int[32];
        private int maxLabel;

        Reader(Task task) {
            this.classification = task == Task.CLASSIFICATION;
            this.columns = classification ? 3 : 2;
        }

        DataResult read(String text, String name) {
            int n = text.length();
            int pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0; // byte-order mark from Excel
            int lineNo = 0;
            while (pos < n) {
                int end = pos;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                lineNo++;
                if (!line(text, pos, end, lineNo)) {
                    break;
                }
                // One line break: "\r\n", "\n" or a lone "\r".
                pos = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
                        ? end + 2 : end + 1;
            }
            if (errorCount > 0) {
                return DataResult.failure(messages, errorCount, goodRows);
            }
            if (goodRows == 0) {
                return DataResult.failure("no data rows found");
            }
            return DataResult.success(build(name));
        }

        /** Handles one line; false to stop reading. */
        private boolean line(String text, int start, int end, int lineNo) {
            if (end - start > MAX_LINE_LENGTH) {
                // Not read at all, so it neither sets the separator nor uses up the header slot.
                error(lineNo, "line is longer than " + MAX_LINE_LENGTH + " characters");
                return true;
            }
            String line = text.substring(start, end);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.trim();
            if (line.isEmpty()) {
                return true;
            }
            boolean first = !seenContent;
            if (first) {
                seenContent = true;
                separator = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
            }
            List<String> fields = split(line);
            if (first && isHeader(fields)) {
                if (fields.size() != columns) {
                    error(lineNo, "the header has " + fields.size() + " columns, expected " + columns);
                }
                return true;
            }
            rows++;
            if (rows > MAX_ROWS) {
                String message = "line " + lineNo + ": more than " + MAX_ROWS + " data rows; the limit is "
                        + MAX_ROWS;
                if (messages.size() >= DataResult.MAX_MESSAGES) {
                    messages.set(DataResult.MAX_MESSAGES - 1, message); // the reason we stopped must show
                } else {
                    messages.add(message);
                }
                errorCount++;
                return false;
            }
            if (fields.size() != columns) {
                error(lineNo, "expected " + columns + " values, found " + fields.size());
                return true;
            }
            double[] values = new double[columns];
            boolean good = true;
            for (int k = 0; k < columns; k++) {
                String f = fields.get(k);
                if (f.isEmpty()) {
                    error(lineNo, "value " + (k + 1) + " is empty");
                    good = false;
                    continue;
                }
                String number = decimalPoint(f);
                if (!NumberScan.isPlainNumber(number)) {
                    error(lineNo, quote(f) + " is not a number");
                    good = false;
                    continue;
                }
                double v = Double.parseDouble(number);
                if (!NumberScan.isFinite(v)) {
                    error(lineNo, quote(f) + " is too large");
                    good = false;
                    continue;
                }
                if (classification && k == 2 && !(v == Math.floor(v) && v >= 0 && v <= MAX_LABEL)) {
                    error(lineNo, "label must be a whole number from 0 to " + MAX_LABEL);
                    good = false;
                    continue;
                }
                values[k] = v;
            }
            if (good) {
                add(values);
            }
            return true;
        }

        private List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            int from = 0;
            while (true) {
                int at = line.indexOf(separator, from);
                String f = (at < 0 ? line.substring(from) : line.substring(from, at)).trim();
                if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
                    f = f.substring(1, f.length() - 1).trim();
                }
                fields.add(f);
                if (at < 0) {
                    return fields;
                }
                from = at + 1;
            }
        }

        /** A header names columns: no field is a number and some field has a letter. */
        private boolean isHeader(List<String> fields) {
            boolean letter = false;
            for (String f : fields) {
                if (NumberScan.isPlainNumber(decimalPoint(f))) {
                    return false;
                }
                for (int i = 0; i < f.length() && !letter; i++) {
                    letter = Character.isLetter(f.charAt(i));
                }
            }
            return letter;
        }

        /** With ';' or tab separators, a single decimal comma means a decimal point. */
        private String decimalPoint(String f) {
            if (separator == ',' || f.indexOf('.') >= 0) {
                return f;
            }
            int comma = f.indexOf(',');
            if (comma < 0 || f.indexOf(',', comma + 1) >= 0) {
                return f;
            }
            return f.substring(0, comma) + '.' + f.substring(comma + 1);
        }

        private void add(double[] values) {
            int inputs = columns - 1;
            if (goodRows == ys.length) { // xs always holds two inputs' worth of rows, so one check grows all
                xs = Arrays.copyOf(xs, 2 * xs.length);
                ys = Arrays.copyOf(ys, 2 * ys.length);
                labels = Arrays.copyOf(labels, 2 * labels.length);
            }
            for (int j = 0; j < inputs; j++) {
                xs[goodRows * inputs + j] = values[j];
            }
            if (classification) {
                int label = (int) values[2];
                labels[goodRows] = label;
                maxLabel = Math.max(maxLabel, label);
            } else {
                ys[goodRows] = values[1];
            }
            goodRows++;
        }

        private Dataset build(String name) {
            int inputs = columns - 1;
            double[] x = Arrays.copyOf(xs, goodRows * inputs);
            if (classification) {
                // Labels are class indices, so K = largest label + 1; a file with one class still gets two.
                return Dataset.classification(name, inputs, x, Arrays.copyOf(labels, goodRows),
                        Math.max(2, maxLabel + 1));
            }
            return Dataset.regression(name, 1, 1, x, Arrays.copyOf(ys, goodRows));
        }

        private void error(int lineNo, String message) {
            errorCount++;
            if (messages.size() < DataResult.MAX_MESSAGES) {
                messages.add("line " + lineNo + ": " + message);
            }
        }

        private static String quote(String f) {
            return "'" + (f.length() > 20 ? f.substring(0, 20) + "…" : f) + "'";
        }
    }
}
