package org.backproplab.experiment.worksheet;

import java.util.List;
import org.backproplab.experiment.Field;

/** The worksheet's part of the experiment state (the network typed by the student, its input, target, η). */
public final class WorksheetFields {
    private WorksheetFields() {
    }

    /** The worksheet fields in link order. */
    public static List<Field<?>> all() {
        return List.of();
    }
}
