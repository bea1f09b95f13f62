package org.backproplab.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.backproplab.data.Expression;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Named;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Schedule;
import org.backproplab.experiment.Field.ChoiceField;
import org.backproplab.experiment.Field.DoubleField;
import org.backproplab.experiment.Field.IntField;
import org.backproplab.experiment.Field.TextField;

/**
 * Every property of an experiment, declared once: key, label, default and rule. Links, presets, the command
 * line and the page all read and write an experiment through this list.
 */
public final class Fields {
    private static final List<Field<?>> ALL = new ArrayList<>();

    // Data
    public static final ChoiceField DATA = add(new ChoiceField("data", "Dataset", "xor_easy", DatasetCatalog.ids()));
    public static final IntField POINTS = add(new IntField("n", "Points", 100, 4, 5000));
    public static final DoubleField NOISE = add(new DoubleField("noise", "Noise", "0", 0, 1, false));
    public static final IntField DATA_SEED = add(new IntField("dseed", "Data seed", 1, 0, Integer.MAX_VALUE));
    public static final DoubleField VALIDATION = add(new DoubleField("val", "Validation fraction", "0", 0, 0.5, false));
    public static final DoubleField TEST = add(new DoubleField("test", "Test fraction", "0", 0, 0.5, false));
    /** For a curve: a test set of this many equally spaced points with the true values, instead of a fraction. */
    public static final IntField TEST_GRID = add(new IntField("tgrid", "Test points on a grid (0 = none)", 0, 0, 5000));
    public static final TextField FORMULA = add(new TextField("f", "Formula", "sin(pi*x)", 200,
            t -> Expression.compile(t).error()));
    /** Pasted or uploaded CSV rows; kept in the link, so kept small. */
    public static final TextField CSV = add(new TextField("csv", "CSV data", "", 6000, t -> null));

    // Network
    /**
     * The input features the first layer sees, made from x1 and x2 ({@link InputFeatures}): a comma list of x1, x2,
     * x1sq, x2sq, x1x2, sinx1, sinx2, kept in that order; links without it (of any version) mean x1,x2.
     */
    public static final TextField FEATURES = add(new TextField("feat", "Input features", "x1,x2", 200,
            InputFeatures::check, InputFeatures::canonical));
    public static final TextField HIDDEN = add(new TextField("h", "Hidden layers", "10,10", 60, NetworkShape::checkHidden));
    /** Typed names are kept as ids ("ReLU" as relu), so links and the command line always read the same. */
    public static final TextField ACTIVATION = add(new TextField("act", "Hidden activation", "sigmoid", 200,
            NetworkShape::checkActivations, NetworkShape::activationIds));
    public static final ChoiceField OUTPUT = add(new ChoiceField("out", "Output activation", "sigmoid",
            ids(Activation.values()), Fields::activationId));
    public static final TextField NEURONS = add(new TextField("units", "Per-unit activations", "", 400,
            NetworkShape::checkUnitOverrides, NetworkShape::unitOverrideIds));
    public static final ChoiceField BIAS = add(new ChoiceField("bias", "Biases", "on", List.of("on", "off")));

    // Training
    public static final ChoiceField LOSS = add(new ChoiceField("loss", "Loss", "bce", ids(Loss.values())));
    public static final ChoiceField OPTIMIZER = add(new ChoiceField("opt", "Optimizer", "momentum",
            ids(Optimizer.Kind.values())));
    public static final DoubleField RATE = add(new DoubleField("lr", "Learning rate", "0.1", 0, 100, true));
    public static final DoubleField MOMENTUM = add(new DoubleField("mom", "Momentum", "0.9", 0, 0.999999, false));
    public static final DoubleField BETA1 = add(new DoubleField("b1", "β₁", "0.9", 0, 0.999999, false));
    public static final DoubleField BETA2 = add(new DoubleField("b2", "β₂", "0.999", 0, 0.999999999, false));
    public static final DoubleField EPSILON = add(new DoubleField("eps", "ε", "1e-7", 0, 1, true));
    public static final DoubleField RHO = add(new DoubleField("rho", "ρ", "0.9", 0, 0.999999, false));
    public static final ChoiceField SCHEDULE = add(new ChoiceField("sched", "Schedule", "constant",
            ids(Schedule.Kind.values())));
    public static final DoubleField GAMMA = add(new DoubleField("gamma", "Decay γ", "0.5", 0, 1, true));
    public static final IntField EVERY = add(new IntField("every", "Decay every (epochs)", 1000, 1, 1_000_000));
    public static final IntField BATCH = add(new IntField("batch", "Batch size (0 = full batch)", 0, 0, 100_000));
    public static final DoubleField L1 = add(new DoubleField("l1", "L1 λ", "0", 0, 10, false));
    public static final DoubleField L2 = add(new DoubleField("l2", "L2 λ", "0", 0, 10, false));
    public static final IntField EPOCHS = add(new IntField("epochs", "Stop after epochs", 5000, 1, 1_000_000));
    public static final DoubleField TARGET = add(new DoubleField("target", "Stop at training loss (0 = off)", "0", 0, 1e6,
            false));
    public static final IntField SEED = add(new IntField("seed", "Seed", 1, 0, Integer.MAX_VALUE));
    /**
     * What changed while the run trained, each with its epoch ({@code 300:lr:2,900:opt:adam}, see {@link ChangeList});
     * the other fields hold the settings the run started with.
     */
    public static final TextField CHANGES = add(new TextField("chg", "Changes during training", "", 4000,
            ChangeList::check, ChangeList::canonical));

    // Initial weights
    public static final ChoiceField INIT = add(new ChoiceField("init", "Initial weights", "xavier",
            ids(Initializer.Kind.values())));
    public static final DoubleField INIT_A = add(new DoubleField("ia", "Init a (constant, low, mean)", "-0.5", -100,
            100, false));
    public static final DoubleField INIT_B = add(new DoubleField("ib", "Init b (high, std dev)", "0.5", -100, 100,
            false));
    public static final TextField WEIGHTS = add(new TextField("w", "Explicit weights", "", 100_000,
            WeightsText::check));

    // The page
    public static final ChoiceField VIEW = add(new ChoiceField("view", "View", "train", List.of("train", "worksheet",
            "perceptron", "activations", "compare")));
    public static final ChoiceField LANGUAGE = add(new ChoiceField("lang", "Language", "en", List.of("en", "zh-TW")));
    /** Projector mode: large type, thick lines, high contrast, page chrome hidden. */
    public static final ChoiceField PROJECTOR = add(new ChoiceField("proj", "Projector mode", "off", List.of("off",
            "on")));
    /**
     * How fast the Train view plays: "auto" spreads a run over about {@link #AUTO_PACE_SECONDS} seconds, so that a
     * class can watch a boundary form; "max" as fast as the page keeps 60 frames a second; or a set number of epochs
     * a second. Only the pace: the epochs and their numbers are the same. Version 1 links without it mean "max".
     */
    public static final ChoiceField SPEED = add(new ChoiceField("speed", "Training speed", "auto", List.of("auto",
            "max", "1000", "100", "10", "1")));
    /** The length of a whole run at the "auto" pace, in seconds of animation. */
    public static final int AUTO_PACE_SECONDS = 10;

    /**
     * The Train view's settings panel: "auto" shows it, but folds it away in projector mode, where the class
     * needs the plots; "open" and "folded" are what the lecturer chose with its button.
     */
    public static final ChoiceField SETTINGS = add(new ChoiceField("settings", "Settings panel", "auto",
            List.of("auto", "open", "folded")));

    static {
        ALL.addAll(org.backproplab.experiment.worksheet.WorksheetFields.all());
        ALL.addAll(org.backproplab.experiment.perceptron.PerceptronFields.all());
        ALL.addAll(ShareFields.all());
    }

    private Fields() {
    }

    private static <F extends Field<?>> F add(F field) {
        ALL.add(field);
        return field;
    }

    /** All fields in declaration order. */
    public static List<Field<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The field with this key, or null. */
    public static Field<?> byKey(String key) {
        for (Field<?> f : ALL) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The ids of {@code values}, for choice fields. */
    public static List<String> ids(Named[] values) {
        List<String> out = new ArrayList<>();
        for (Named v : values) {
            out.add(v.id());
        }
        return out;
    }

    /** The id of the activation a person means by {@code name} ("Sigmoid" is sigmoid), or null. */
    private static String activationId(String name) {
        Activation a = Activation.byName(name);
        return a == null ? null : a.id();
    }
}
