package org.backproplab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.text.Texts;

/**
 * The changes made to a run while it trained, each with the epoch it took effect at, as the link keeps them:
 * {@code chg=300:lr:2,900:opt:adam}. Each item is {@code epoch:key:value}: after {@code epoch} epochs the setting
 * {@code key} takes {@code value}, and the next epoch trains with it. Items are in epoch order; one epoch may hold
 * several keys, each at most once. Only settings that can change between two epochs without a restart are allowed
 * ({@link #isLive}): the learning rate, the optimizer and its settings, the schedule, the batch size and L1/L2. The
 * experiment's other fields hold the settings the run started with, so a link without the field means what it always
 * meant.
 */
public final class ChangeList {
    /** At most this many items. */
    public static final int MAX_ITEMS = 200;

    private static List<Field<?>> live;

    private ChangeList() {
    }

    /** One setting's new value from an epoch on. */
    public static final class Change {
        private final int epoch;
        private final Field<?> field;
        private final String value;

        Change(int epoch, Field<?> field, String value) {
            this.epoch = epoch;
            this.field = field;
            this.value = value;
        }

        /** The epochs trained before the change took effect. */
        public int epoch() {
            return epoch;
        }

        /** The setting changed. */
        public Field<?> field() {
            return field;
        }

        /** Its new text. */
        public String value() {
            return value;
        }
    }

    /** The settings that may change while a run trains, in the order of {@link Fields}. */
    public static List<Field<?>> liveFields() {
        if (live == null) {
            live = List.of(Fields.OPTIMIZER, Fields.RATE, Fields.MOMENTUM, Fields.BETA1, Fields.BETA2, Fields.EPSILON,
                    Fields.RHO, Fields.SCHEDULE, Fields.GAMMA, Fields.EVERY, Fields.BATCH, Fields.L1, Fields.L2);
        }
        return live;
    }

    /** Whether {@code field} may change while a run trains, going on from its weights. */
    public static boolean isLive(Field<?> field) {
        return liveFields().contains(field);
    }

    /** The problem with a change list's text, naming the item and the setting, or null when it is usable. */
    public static String check(String text) {
        try {
            parse(text);
            return null;
        } catch (Field.FieldError e) {
            return e.getMessage();
        }
    }

    /** The list in its one spelling: each value as its field keeps it (names as ids, trimmed numbers). */
    public static String canonical(String text) {
        try {
            return format(parse(text));
        } catch (Field.FieldError e) {
            return text; // only reached for unchecked text; the field's rule refuses it
        }
    }

    /** The items of a change list's text, in order; a {@link Field.FieldError} says which item is wrong and why. */
    public static List<Change> parse(String text) throws Field.FieldError {
        List<Change> out = new ArrayList<>();
        String t = text.trim();
        if (t.isEmpty()) {
            return out;
        }
        String[] items = t.split(",", -1);
        if (items.length > MAX_ITEMS) {
            throw new Field.FieldError("at most " + MAX_ITEMS + " changes");
        }
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            String where = "change " + (i + 1) + " ('" + Texts.clip(item) + "')";
            String[] parts = item.split(":", -1);
            if (parts.length != 3) {
                throw new Field.FieldError(where + ": write it as epoch:setting:value, for example 300:lr:2");
            }
            int epoch;
            try {
                epoch = new Field.IntField("epoch", "epoch", 1, 1, 1_000_000).parse(parts[0]);
            } catch (Field.FieldError e) {
                throw new Field.FieldError(where + ": the epoch must be a whole number from 1 to 1000000");
            }
            Field<?> field = Fields.byKey(parts[1].trim());
            if (field == null || !isLive(field)) {
                throw new Field.FieldError(where + ": '" + Texts.clip(parts[1].trim()) + "' can't change during a run;"
                        + " these can: " + keys());
            }
            String value;
            try {
                value = field.canonical(parts[2]);
            } catch (Field.FieldError e) {
                throw new Field.FieldError(where + ": " + e.getMessage());
            }
            Change previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && epoch < previous.epoch) {
                throw new Field.FieldError(where + ": changes must be in epoch order (" + epoch + " comes after "
                        + previous.epoch + ")");
            }
            for (Change c : out) {
                if (c.epoch == epoch && c.field == field) {
                    throw new Field.FieldError(where + ": " + field.key() + " changes twice at epoch " + epoch);
                }
            }
            out.add(new Change(epoch, field, value));
        }
        return out;
    }

    private static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Field<?> f : liveFields()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.key());
        }
        return sb.toString();
    }

    /** The text of a list of items. */
    public static String format(List<Change> changes) {
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            sb.append(sb.length() == 0 ? "" : ",").append(c.epoch).append(':').append(c.field.key()).append(':')
                    .append(c.value);
        }
        return sb.toString();
    }

    /** The state's change list (it was checked when it was set). */
    public static List<Change> of(ExperimentState state) {
        try {
            return parse(state.text(Fields.CHANGES));
        } catch (Field.FieldError e) {
            throw new IllegalStateException("stored text was validated: " + e.getMessage());
        }
    }

    /**
     * The settings in force once {@code epochs} epochs have been trained (changes at that epoch included), with no
     * change list: what a run started from it would train with from there on.
     */
    public static ExperimentState at(ExperimentState state, int epochs) {
        ExperimentState out = state.copy();
        for (Change c : of(state)) {
            if (c.epoch <= epochs) {
                out.with(c.field, c.value);
            }
        }
        return out.with(Fields.CHANGES, "");
    }

    /** The settings in force before the changes at {@code epoch} took effect, with no change list. */
    public static ExperimentState before(ExperimentState state, int epoch) {
        return at(state, epoch - 1);
    }

    /**
     * The state with {@code field} set to {@code value} from epoch {@code epoch} on: items after that epoch are
     * dropped (the run goes another way from here), an item for the same setting at that epoch is replaced, and one
     * that gives back the value in force before the epoch is left out.
     */
    public static ExperimentState record(ExperimentState state, int epoch, Field<?> field, String value) {
        if (!isLive(field)) {
            throw new IllegalArgumentException(field.key() + " can't change during a run");
        }
        List<Change> kept = new ArrayList<>();
        for (Change c : of(state)) {
            if (c.epoch < epoch || (c.epoch == epoch && c.field != field)) {
                kept.add(c);
            }
        }
        if (!before(state, epoch).text(field).equals(value)) {
            kept.add(new Change(epoch, field, value));
        }
        return state.copy().with(Fields.CHANGES, format(kept));
    }

    /** How many items of the state's list take effect after more than {@code epoch} epochs. */
    public static int countAfter(ExperimentState state, int epoch) {
        int n = 0;
        for (Change c : of(state)) {
            if (c.epoch > epoch) {
                n++;
            }
        }
        return n;
    }

    /** What the changes at {@code epoch} did, as a chart reads it: "η 0.1 → 2", joined by ", ". */
    public static String label(ExperimentState state, int epoch) {
        ExperimentState old = before(state, epoch);
        StringBuilder sb = new StringBuilder();
        for (Change c : of(state)) {
            if (c.epoch == epoch) {
                sb.append(sb.length() == 0 ? "" : ", ").append(symbol(c.field)).append(' ').append(old.text(c.field))
                        .append(" → ").append(c.value);
            }
        }
        return sb.toString();
    }

    /** The epochs at which the state's list changes something, each once, in order. */
    public static int[] epochs(ExperimentState state) {
        List<Change> all = of(state);
        int[] tmp = new int[all.size()];
        int n = 0;
        for (Change c : all) {
            if (n == 0 || tmp[n - 1] != c.epoch) {
                tmp[n++] = c.epoch;
            }
        }
        int[] out = new int[n];
        System.arraycopy(tmp, 0, out, 0, n);
        return out;
    }

    /** The short name of a setting on the chart: the symbol where the course has one. */
    static String symbol(Field<?> field) {
        switch (field.key()) {
            case "lr":
                return "η";
            case "mom":
                return "μ";
            case "b1":
                return "β₁";
            case "b2":
                return "β₂";
            case "eps":
                return "ε";
            case "rho":
                return "ρ";
            case "gamma":
                return "γ";
            case "l1":
                return "λ₁";
            case "l2":
                return "λ₂";
            case "opt":
                return "optimizer";
            case "sched":
                return "schedule";
            case "every":
                return "decay every";
            default:
                return field.key(); // batch
        }
    }
}
