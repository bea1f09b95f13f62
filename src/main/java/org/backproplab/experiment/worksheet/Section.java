package org.backproplab.experiment.worksheet;

import java.util.List;

/**
 * One part of a worksheet step: forward pass, error, backward pass, gradients, update, forward pass after it.
 *
 * @param id     a stable id ("backward")
 * @param title  the heading
 * @param tables the tables, in reading order
 */
public record Section(String id, String title, List<Table> tables) {
    /** A section. */
    public Section {
        tables = List.copyOf(tables);
    }
}
