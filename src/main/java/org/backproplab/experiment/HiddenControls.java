package org.backproplab.experiment;

import org.backproplab.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which controls a classroom link hides ({@code hide=data,lr}): a lecturer fixes some settings so that students
 * change only the ones being studied. Hiding is a convenience, not a lock: the link itself stays editable.
 */
public final class HiddenControls {
    /** The whole view tab bar. */
    public static final String TABS = "tabs";
    /** The Presets menu and Import button (Copy link and Export stay). */
    public static final String TOOLS = "tools";
    private static final Map<String, List<String>> GROUPS = Map.of(
            "data", List.of("data", "n", "noise", "dseed", "val", "test", "tgrid", "f", "csv"),
            "network", List.of("feat", "h", "act", "out", "units", "bias"),
            "training", List.of("loss", "opt", "lr", "mom", "b1", "b2", "eps", "rho", "sched", "gamma", "every", "batch",
                    "l1", "l2", "epochs", "target", "seed"),
            "init", List.of("init", "ia", "ib", "w"),
            "compare", List.of("cmp", "cmpv"));
    private static final int MAX_ENTRIES = 60;

    private HiddenControls() {
    }

    /** The names a hide list may use besides field keys. */
    public static List<String> groups() {
        List<String> out = new ArrayList<>(List.of("data", "network", "training", "init", "compare"));
        out.add(TABS);
        out.add(TOOLS);
        return out;
    }

    static String check(String text) {
        List<String> entries = entries(text);
        if (entries.size() > MAX_ENTRIES) {
            return "at most " + MAX_ENTRIES + " entries";
        }
        for (String e : entries) {
            if (!GROUPS.containsKey(e) && !e.equals(TABS) && !e.equals(TOOLS) && Fields.byKey(e) == null) {
                return "'" + Texts.clip(e) + "' is neither a setting's key nor one of " + String.join(", ", groups());
            }
            if (e.equals("hide")) {
                return "the list of fixed settings can't hide itself";
            }
        }
        return null;
    }

    /**
     * What to hide for the state's list: field keys (groups expanded) and the words "tabs" and "tools", each
     * once, in the order given.
     */
    public static List<String> resolve(ExperimentState state) {
        Set<String> out = new LinkedHashSet<>();
        for (String e : entries(state.get(ShareFields.HIDE))) {
            List<String> group = GROUPS.get(e);
            if (group != null) {
                out.addAll(group);
            } else {
                out.add(e);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> entries(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
