package org.backproplab.experiment.worksheet;

import org.backproplab.text.Decimals;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;
import org.backproplab.text.Numbers;

/** The course's notation as text: layer superscripts ⁽ˡ⁾, index subscripts, and the one way numbers are shown. */
final class Notation {
    /** Decimals of every number in the worksheet. */
    static final int DECIMALS = 6;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Notation() {
    }

    /**
     * A worksheet number: 6 decimals ("-0.665761"), or "1.234568e+12" beyond ±1e9, "NaN"/"∞" if it overflowed. An
     * exact zero shows as "0.000000" whatever its sign bit (0 · δ with δ < 0 is −0.0 in IEEE arithmetic, not a
     * negative number); a tiny negative number still shows as "-0.000000", like C and Python.
     */
    static String number(double v) {
        if (v == 0) {
            return Numbers.fixed(0.0, DECIMALS);
        }
        return Numbers.fixed(v, DECIMALS);
    }

    /** "⁽²⁾" for layer 2. */
    static String layer(int l) {
        return "⁽" + digits(l, SUPERSCRIPTS) + "⁾";
    }

    /** "₁₂" for 12. */
    static String sub(int i) {
        return digits(i, SUBSCRIPTS);
    }

    /** {@code symbol} of layer l, e.g. "x⁽¹⁾". */
    static String of(String symbol, int l) {
        return symbol + layer(l);
    }

    private static String digits(int n, String glyphs) {
        String decimal = Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            sb.append(c == '-' ? '₋' : glyphs.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** The derivative a student writes for the unit, in terms of s and x = f(s). */
    static String derivative(Activation a) {
        return switch (a) {
            case IDENTITY -> "f′(s) = 1";
            case STEP, SIGN -> "f′(s) = 0 (almost everywhere)";
            case SIGMOID -> "σ′(s) = x·(1 − x)";
            case TANH -> "tanh′(s) = 1 − x²";
            case RELU -> "f′(s) = 1 if s > 0 else 0";
            case LEAKY_RELU -> "f′(s) = 1 if s > 0 else 0.01";
            case ELU -> "f′(s) = 1 if s > 0 else x + 1";
            case SOFTPLUS -> "f′(s) = σ(s)";
            case GELU_TANH -> "f′(s) = ½(1 + tanh u) + ½·s·(1 − tanh²u)·√(2/π)·(1 + 3·0.044715·s²), "
                    + "u = √(2/π)(s + 0.044715·s³)";
            case GELU_ERF -> "f′(s) = Φ(s) + s·φ(s)";
            case SILU -> "f′(s) = σ(s)·(1 + s·(1 − σ(s)))";
            default -> "f′(s)"; // an activation added later still gets a worksheet
        };
    }

    /** ∂E/∂y of the loss, unit by unit, as the course writes it (K is the number of outputs). */
    static String lossGradient(Loss loss) {
        return switch (loss) {
            case ABS -> "∂E/∂y = sign(y − t)";
            case SSE -> "∂E/∂y = 2(y − t)";
            case HALF_SSE -> "∂E/∂y = y − t";
            case MSE -> "∂E/∂y = 2(y − t)/K";
            case BCE -> "∂E/∂y = (y − t) / (y(1 − y)·K)";
            default -> "∂E/∂y";
        };
    }
}
