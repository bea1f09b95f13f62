package org.backproplab.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names people read for the ids of the choice fields ("bce" is "Binary cross-entropy", "xor_easy" is
 * "XOR (easy)"). Ids stay in links, presets, files and the command line; the page shows these names, and its
 * translation turns them into 繁體中文 like any other English text.
 */
public final class ChoiceNames {
    private static final Map<String, String> DATASETS = names(
            "linear", "Linear: x1 > x2",
            "xor_easy", "XOR (easy)",
            "and", "AND",
            "or", "OR",
            "nand", "NAND",
            "nor", "NOR",
            "xor", "XOR (4 points)",
            "xnor", "XNOR",
            "majority3", "Majority of 3",
            "circle", "Circle",
            "gaussians", "Two Gaussians",
            "spiral", "Spiral",
            "moons", "Two moons",
            "csv", "Your points (CSV)",
            "runge", "Runge's function",
            "sin", "Sine sin(πx)",
            "abs", "Absolute value |x|",
            "step", "Step function",
            "formula", "Your formula",
            "csv_xy", "Your curve (CSV)");
    private static final Map<String, String> ACTIVATIONS = names(
            "identity", "Identity (linear)",
            "step", "Step (Heaviside)",
            "sign", "Sign",
            "sigmoid", "Sigmoid",
            "tanh", "Tanh",
            "relu", "ReLU",
            "leaky_relu", "Leaky ReLU",
            "elu", "ELU",
            "softplus", "Softplus",
            "gelu_tanh", "GELU (tanh approximation)",
            "gelu_erf", "GELU (erf)",
            "silu", "SiLU (swish)");
    private static final Map<String, String> LOSSES = names(
            "mse", "Mean squared error",
            "sse", "Sum of squared errors",
            "half_sse", "Half the sum of squared errors",
            "abs", "Sum of absolute errors",
            "bce", "Binary cross-entropy",
            "softmax_ce", "Softmax cross-entropy");
    private static final Map<String, String> OPTIMIZERS = names(
            "sgd", "SGD",
            "momentum", "SGD with momentum",
            "nesterov", "SGD with Nesterov momentum",
            "adagrad", "Adagrad",
            "rmsprop", "RMSProp",
            "adam", "Adam");
    private static final Map<String, String> SCHEDULES = names(
            "constant", "Constant",
            "step", "Step decay",
            "exponential", "Exponential decay");
    private static final Map<String, String> INITIALIZERS = names(
            "constant", "Constant",
            "uniform", "Uniform",
            "normal", "Normal",
            "xavier", "Xavier (Glorot)",
            "he", "He (Kaiming)",
            "explicit", "Typed weights");
    /** Input features: what a class says aloud; the symbols (x₁², sin x₂) are {@code Feature.symbol()}. */
    private static final Map<String, String> FEATURES = names(
            "x1", "x1 itself",
            "x2", "x2 itself",
            "x1sq", "x1 squared",
            "x2sq", "x2 squared",
            "x1x2", "x1 times x2",
            "sinx1", "Sine of x1",
            "sinx2", "Sine of x2");
    private static final Map<String, Map<String, String>> BY_FIELD = Map.of(
            Fields.FEATURES.key(), FEATURES,
            Fields.DATA.key(), DATASETS,
            Fields.OUTPUT.key(), ACTIVATIONS,
            Fields.ACTIVATION.key(), ACTIVATIONS,
            Fields.LOSS.key(), LOSSES,
            Fields.OPTIMIZER.key(), OPTIMIZERS,
            Fields.SCHEDULE.key(), SCHEDULES,
            Fields.INIT.key(), INITIALIZERS);

    private ChoiceNames() {
    }

    /** The name of choice {@code id} of the field with link key {@code key}, or the id itself if it has none. */
    public static String of(String key, String id) {
        Map<String, String> names = BY_FIELD.get(key);
        String name = names == null ? null : names.get(id);
        return name == null ? id : name;
    }

    /** Whether the field's choices have names (the others, such as on/off, read well as they are). */
    public static boolean named(String key) {
        return BY_FIELD.containsKey(key);
    }

    private static Map<String, String> names(String... idThenName) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < idThenName.length; i += 2) {
            out.put(idThenName[i], idThenName[i + 1]);
        }
        return out;
    }
}
