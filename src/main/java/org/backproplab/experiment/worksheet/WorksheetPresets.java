package org.backproplab.experiment.worksheet;

import java.util.List;
import org.backproplab.experiment.ExperimentState;

/** The course's worked examples as worksheet presets (reference cases W1, W2 and W3 of shared/reference). */
public final class WorksheetPresets {
    /**
     * One preset: the worksheet boxes as text, biases as row 0 of W.
     *
     * @param id          stable id
     * @param label       what the menu shows
     * @param note        what the example is and what was reconstructed, shown when it is chosen
     * @param weights     W⁽¹⁾ … W⁽ᴸ⁾, bias row first
     * @param activations one line per layer
     * @param input       x without the bias entry
     * @param target      t
     * @param loss        loss id
     * @param eta         η
     */
    public record Preset(String id, String label, String note, String weights, String activations, String input,
            String target, String loss, String eta) {
    }

    private static final String W2_WEIGHTS = "0.1  0.2\n0.3  0.4\n\n0.2  0.3\n1    0.9\n-3   2\n\n1\n2\n2.5";
    private static final String W2_ACTIVATIONS = "tanh  tanh\ntanh  sigmoid\ngelu_tanh";

    private static final List<Preset> ALL = List.of(
            new Preset("w1", "W1 tanh, square-root error",
                    "Course example W1: input x = 2 (x⁽⁰⁾ = [1, 2] with the bias input), tanh in every unit, target 1,"
                            + " the square-root error E = √((x⁽³⁾ − t)²) = |x⁽³⁾ − t| and one update with η = 0.5.",
                    // W1 is also the worksheet's default, so its link needs no worksheet fields at all
                    WorksheetFields.WEIGHTS.defaultText(), WorksheetFields.ACTIVATIONS.defaultText(),
                    WorksheetFields.INPUT.defaultText(), WorksheetFields.TARGET.defaultText(),
                    WorksheetFields.LOSS.defaultText(), WorksheetFields.RATE.defaultText()),
            new Preset("w2-sse", "W2 mixed tanh/sigmoid, GELU output, SSE",
                    "Course example W2: the hidden layer mixes a tanh and a sigmoid unit, the output is GELU (tanh"
                            + " approximation), E = Σ(y − t)² so ∂E/∂y = 2(y − t) — what the course's code computes"
                            + " (its comment says ½(y − t)²: see the ½·SSE preset). The course gives no η for W2:"
                            + " 0.1 here (W1's 0.5 overshoots, and E rises; try it).",
                    W2_WEIGHTS, W2_ACTIVATIONS, "2", "1", "sse", "0.1"),
            new Preset("w2-half", "W2 mixed tanh/sigmoid, GELU output, ½·SSE",
                    "Course example W2 with E = ½·Σ(y − t)², so ∂E/∂y = y − t: every δ and gradient is half of the"
                            + " SSE preset's. The course gives no η for W2: 0.1 here, as in the SSE preset.",
                    W2_WEIGHTS, W2_ACTIVATIONS, "2", "1", "half_sse", "0.1"),
            new Preset("w3", "W3 2-2-1 sigmoid",
                    "Course example W3, reconstructed (its printed arithmetic is inconsistent): h₁ = σ(2·x₁ − 1.5·x₂ + 3)"
                            + " as printed, and the printed pre-activations 1.5 and 5.5, output pre-activation 0.4047,"
                            + " y = 0.5998 and ReLU output σ(5.25) = 0.9948 all hold for x = (0, 1),"
                            + " h₂ = σ(x₁ + 2.5·x₂ + 3) and y = σ(0.5·h₁ + h₂ − 1). h₂'s weights and x are our choice"
                            + " (the course prints neither in full). L = ½(t − y)² with t = 1, η = 0.1. The printed"
                            + " L = 0.08008 comes from the rounded y; the exact value is 0.080072.",
                    "3     3\n2     1\n-1.5  2.5\n\n-1\n0.5\n1", "sigmoid  sigmoid\nsigmoid", "0  1", "1", "half_sse",
                    "0.1"));

    private WorksheetPresets() {
    }

    /** All presets in menu order. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset with this id, or null. */
    public static Preset byId(String id) {
        for (Preset p : ALL) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Writes the preset into the worksheet fields of {@code state}, in the bias convention {@code state} already
     * has (presets are written with the biases as row 0, and moved into b when the student uses that convention).
     */
    public static void apply(ExperimentState state, Preset preset) {
        BiasConvention convention = BiasConvention.byId(state.get(WorksheetFields.BIAS));
        state.with(WorksheetFields.BIAS, BiasConvention.ROW0.id())
                .with(WorksheetFields.WEIGHTS, preset.weights())
                .with(WorksheetFields.BIASES, "")
                .with(WorksheetFields.ACTIVATIONS, preset.activations())
                .with(WorksheetFields.INPUT, preset.input())
                .with(WorksheetFields.TARGET, preset.target())
                .with(WorksheetFields.LOSS, preset.loss())
                .with(WorksheetFields.RATE, preset.eta());
        if (convention == BiasConvention.SEPARATE) {
            state.with(WorksheetFields.BIAS, convention.id());
            String problem = BiasConversion.convert(state, BiasConvention.ROW0, convention);
            if (!problem.isEmpty()) {
                throw new IllegalStateException("preset " + preset.id() + ": " + problem);
            }
        }
    }
}
