package org.backproplab.experiment.worksheet;

import java.util.List;

/**
 * One table of the worksheet with the formulas it applies.
 *
 * @param id       a stable id ("forward-2"), used by the page and the exports
 * @param title    the heading ("Layer 2")
 * @param formulas the formulas shown beside the table, in reading order
 * @param corner   the heading of the row-label column ("i", "j")
 * @param columns  the headings of the value columns
 * @param rows     the rows
 */
public record Table(String id, String title, List<String> formulas, String corner, List<String> columns,
        List<Row> rows) {
    /** A table. */
    public Table {
        formulas = List.copyOf(formulas);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
