package org.backproplab.experiment.worksheet;

import java.util.List;

/** A step's tables as Markdown (for notes and reports) and as CSV (for spreadsheets), exactly as the page shows them. */
final class WorksheetExport {
    private WorksheetExport() {
    }

    static String markdown(WorksheetStep step) {
        StringBuilder md = new StringBuilder();
        md.append("## Worksheet — ").append(step.title()).append("\n\n").append(step.summary()).append("\n");
        for (String w : step.warnings()) {
            md.append("\n> ").append(w).append("\n");
        }
        for (Section section : step.sections()) {
            md.append("\n### ").append(section.title()).append("\n");
            for (Table table : section.tables()) {
                md.append("\n#### ").append(table.title()).append("\n\n");
                for (String f : table.formulas()) {
                    md.append("- ").append(f).append("\n");
                }
                md.append("\n");
                markdownRow(md, table.corner(), table.columns());
                md.append("| :--");
                for (int c = 0; c < table.columns().size(); c++) {
                    md.append(" | --:");
                }
                md.append(" |\n");
                for (Row row : table.rows()) {
                    String[] cells = new String[table.columns().size()];
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = c < row.cells().size() ? row.cells().get(c).text() : "";
                    }
                    markdownRow(md, row.label(), List.of(cells));
                }
            }
        }
        return md.toString();
    }

    private static void markdownRow(StringBuilder md, String label, List<String> cells) {
        md.append("| ").append(markdownCell(label));
        for (String c : cells) {
            md.append(" | ").append(markdownCell(c));
        }
        md.append(" |\n");
    }

    private static String markdownCell(String text) {
        return text.replace("|", "\\|");
    }

    static String csv(WorksheetStep step) {
        StringBuilder csv = new StringBuilder();
        csvLine(csv, List.of("Worksheet — " + step.title()));
        csvLine(csv, List.of(step.summary()));
        for (String w : step.warnings()) {
            csvLine(csv, List.of(w));
        }
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                csv.append("\r\n");
                csvLine(csv, List.of(section.title() + " — " + table.title()));
                for (String f : table.formulas()) {
                    csvLine(csv, List.of(f));
                }
                csvLine(csv, prepend(table.corner(), table.columns()));
                for (Row row : table.rows()) {
                    String[] cells = new String[row.cells().size() + 1];
                    cells[0] = row.label();
                    for (int c = 0; c < row.cells().size(); c++) {
                        cells[c + 1] = row.cells().get(c).text();
                    }
                    csvLine(csv, List.of(cells));
                }
            }
        }
        return csv.toString();
    }

    private static List<String> prepend(String first, List<String> rest) {
        String[] out = new String[rest.size() + 1];
        out[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            out[i + 1] = rest.get(i);
        }
        return List.of(out);
    }

    /** One CSV record; fields with commas, quotes, line breaks or edge spaces are quoted (RFC 4180). */
    private static void csvLine(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String f = fields.get(i);
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0 || (!f.isEmpty() && (f.charAt(0) == ' ' || f.charAt(f.length() - 1) == ' '));
            if (quote) {
                csv.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(f);
            }
        }
        csv.append("\r\n");
    }
}
