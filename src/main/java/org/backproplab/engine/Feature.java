package org.backproplab.engine;

/**
 * One input feature computed from the two raw inputs x₁, x₂, as TensorFlow Playground offers them: the inputs
 * themselves, their squares, their product and their sines. Each value sits beside its two partial derivatives.
 * Sines come from {@link PortableMath}, so a feature has the same bits on the JVM and in every browser.
 */
public enum Feature implements Named {
    X1("x1", "x₁"),
    X2("x2", "x₂"),
    X1_SQUARED("x1sq", "x₁²"),
    X2_SQUARED("x2sq", "x₂²"),
    X1_TIMES_X2("x1x2", "x₁·x₂"),
    SIN_X1("sinx1", "sin x₁"),
    SIN_X2("sinx2", "sin x₂");

    private final String id;
    private final String symbol;

    Feature(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    @Override
    public String id() {
        return id;
    }

    /** How the feature is written in formulas and drawn in the diagram: "x₁²", "sin x₂". */
    public String symbol() {
        return symbol;
    }

    /** The feature with this id, or null. */
    public static Feature byId(String id) {
        return Named.byId(values(), id);
    }

    /** The feature's value at (x₁, x₂). */
    public double value(double x1, double x2) {
        switch (this) {
            case X1:
                return x1;
            case X2:
                return x2;
            case X1_SQUARED:
                return x1 * x1;
            case X2_SQUARED:
                return x2 * x2;
            case X1_TIMES_X2:
                return x1 * x2;
            case SIN_X1:
                return PortableMath.sin(x1);
            default:
                return PortableMath.sin(x2);
        }
    }

    /** ∂(feature)/∂x₁ at (x₁, x₂). */
    public double slopeX1(double x1, double x2) {
        switch (this) {
            case X1:
                return 1;
            case X1_SQUARED:
                return 2 * x1;
            case X1_TIMES_X2:
                return x2;
            case SIN_X1:
                return PortableMath.cos(x1);
            default:
                return 0;
        }
    }

    /** ∂(feature)/∂x₂ at (x₁, x₂). */
    public double slopeX2(double x1, double x2) {
        switch (this) {
            case X2:
                return 1;
            case X2_SQUARED:
                return 2 * x2;
            case X1_TIMES_X2:
                return x1;
            case SIN_X2:
                return PortableMath.cos(x2);
            default:
                return 0;
        }
    }
}
