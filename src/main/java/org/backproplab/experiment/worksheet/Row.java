package org.backproplab.experiment.worksheet;

import java.util.List;

/**
 * One row of a worksheet table.
 *
 * @param label    the row's heading ("0 (bias)", "s⁽¹⁾ⱼ")
 * @param cells    the cells after the heading; fewer than the table's columns when {@code spanLast}
 * @param role     how the row reads
 * @param spanLast whether the last cell stretches over the remaining columns (a scalar like E under a table)
 */
public record Row(String label, List<Cell> cells, Role role, boolean spanLast) {
    /** How a row reads. */
    public enum Role {
        /** Numbers going into this table's computation (weights, an input column). */
        GIVEN,
        /** A vector written across the top that the cells below use (δ above ∂E/∂W). */
        ACROSS,
        /** A result the table computes (s, x, δ, E). */
        RESULT,
        /** Words, such as the activation of each unit. */
        NOTE
    }

    /** A row of cells. */
    public Row {
        cells = List.copyOf(cells);
    }
}
