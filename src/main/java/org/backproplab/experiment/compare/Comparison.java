package org.backproplab.experiment.compare;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.ExperimentState;
import org.backproplab.experiment.Field;
import org.backproplab.experiment.Fields;
import org.backproplab.experiment.ShareFields;
import org.backproplab.text.Texts;
import org.backproplab.experiment.TrainingRun;

/**
 * Runs that differ in one field and nothing else: the same data, the same seed, hence the same initial draws
 * (unless the seed is the field compared: then the initial weights and batch orders are all that differ).
 * Each run is exactly the {@link TrainingRun} of its own state, trained side by side a few epochs at a time.
 *
 * <p>Every run trains to the epoch limit (the state's stop-at-loss target is switched off in the runs), so the
 * curves cover the same epochs and the final losses are comparable; the target only marks the first epoch at
 * which each run's loss reached it.
 */
public final class Comparison {
    /** Runs at once: more curves can't be told apart, and the page must stay responsive. */
    public static final int MAX_RUNS = 8;
    /** The keys of the fields a comparison may vary. */
    public static final List<String> PARAMETERS = List.of("lr", "h", "feat", "act", "out", "loss", "opt", "mom", "batch",
            "init", "l2", "seed");

    private final Field<?> parameter;
    private final List<String> values = new ArrayList<>();
    private final List<TrainingRun> runs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final double target;
    private final List<int[]> reached = new ArrayList<>(); // per run: {first epoch with loss ≤ target or 0, scanned}

    private Comparison(ExperimentState base) {
        this.parameter = Fields.byKey(base.get(ShareFields.COMPARE));
        this.target = base.get(Fields.TARGET);
        List<String> texts = split(base.get(ShareFields.COMPARE_VALUES));
        if (texts.isEmpty()) {
            problems.add("Enter the values to compare, separated by commas (use ';' between values that contain "
                    + "commas, like 5,5; 10,10).");
        }
        int index = 0;
        for (String text : texts) {
            index++;
            String what = "Value " + index + " ('" + Texts.clip(text) + "'): ";
            if (values.size() == MAX_RUNS) {
                problems.add("At most " + MAX_RUNS + " runs are compared at once; " + (texts.size() - index + 1)
                        + " more value" + (texts.size() - index + 1 == 1 ? " was" : "s were") + " left out.");
                break;
            }
            if (values.contains(text)) {
                problems.add(what + "appears twice; compared once.");
                continue;
            }
            ExperimentState state = base.copy();
            String problem = state.set(parameter, text);
            if (problem != null) {
                problems.add(what + problem);
                continue;
            }
            state.set(Fields.TARGET, "0");
            try {
                runs.add(TrainingRun.start(state));
            } catch (IllegalArgumentException e) {
                problems.add(what + e.getMessage());
                continue;
            }
            values.add(text);
            reached.add(new int[2]);
        }
    }

    /** The comparison the state describes (its compared parameter and values); problems are listed, not thrown. */
    public static Comparison plan(ExperimentState base) {
        return new Comparison(base);
    }

    /** The typed values: split at ';' when there is one, else at commas; blanks dropped. */
    public static List<String> split(String text) {
        String sep = text.indexOf(';') >= 0 ? ";" : ",";
        List<String> out = new ArrayList<>();
        for (String part : text.split(sep, -1)) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Trains every run that hasn't stopped by up to {@code epochsEach} epochs; returns the epochs trained in all. */
    public int train(int epochsEach) {
        int done = 0;
        for (int i = 0; i < runs.size(); i++) {
            done += runs.get(i).train(epochsEach);
            scanForTarget(i);
        }
        return done;
    }

    private void scanForTarget(int i) {
        int[] r = reached.get(i);
        TrainingRun run = runs.get(i);
        while (r[1] < run.lossHistory().size()) {
            double loss = run.lossHistory().get(r[1]);
            r[1]++;
            if (r[0] == 0 && target > 0 && loss <= target) {
                r[0] = r[1];
            }
        }
    }

    /** Whether every run has stopped (epoch limit or divergence). */
    public boolean isFinished() {
        for (TrainingRun run : runs) {
            if (!run.isStopped()) {
                return false;
            }
        }
        return true;
    }

    /** The field being varied. */
    public Field<?> parameter() {
        return parameter;
    }

    /** Plain-text problems with the values (each bad value is left out, the others still run). */
    public List<String> problems() {
        return problems;
    }

    /** The number of runs. */
    public int size() {
        return runs.size();
    }

    /** The value of run i, as typed. */
    public String value(int i) {
        return values.get(i);
    }

    /** Run i (live). */
    public TrainingRun run(int i) {
        return runs.get(i);
    }

    /** The loss to reach, 0 when none is set. */
    public double target() {
        return target;
    }

    /** The first epoch (1-based) at which run i's loss was at most the target, or 0 if not (yet). */
    public int targetEpoch(int i) {
        return reached.get(i)[0];
    }
}
