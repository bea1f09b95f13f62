package org.backproplab.experiment;

import java.util.List;
import org.backproplab.experiment.Field.ChoiceField;
import org.backproplab.experiment.Field.TextField;
import org.backproplab.experiment.compare.Comparison;

/**
 * The share and compare tools' part of the experiment state: which parameter the Compare view varies and its
 * values, and which controls a classroom link hides. Kept in the link like every other field.
 */
public final class ShareFields {
    /** The field the Compare view varies, by key. */
    public static final ChoiceField COMPARE = new ChoiceField("cmp", "Compared parameter", "lr",
            Comparison.PARAMETERS);
    /** The values compared, "0.01, 0.1, 1" (';' between values that contain commas: "5,5; 10,10"). */
    public static final TextField COMPARE_VALUES = new TextField("cmpv", "Compared values", "0.01, 0.1, 1", 300,
            t -> null);
    /** Controls hidden by a classroom link: field keys and groups, "data,network" or "lr,opt". */
    public static final TextField HIDE = new TextField("hide", "Fixed settings", "", 300, HiddenControls::check);

    private ShareFields() {
    }

    /** These fields in link order. */
    public static List<Field<?>> all() {
        return List.of(COMPARE, COMPARE_VALUES, HIDE);
    }
}
