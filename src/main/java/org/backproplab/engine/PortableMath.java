package org.backproplab.engine;

/**
 * Elementary functions in pure Java arithmetic, so that HotSpot and TeaVM's JavaScript give the same bits.
 * PLACEHOLDER: delegates to StrictMath until the portable implementations land.
 */
public final class PortableMath {
    private PortableMath() {
    }

    public static double exp(double x) {
        return StrictMath.exp(x);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log(double x) {
        return StrictMath.log(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double erf(double x) {
        throw new UnsupportedOperationException("erf");
    }

    public static double sin(double x) {
        return StrictMath.sin(x);
    }

    public static double cos(double x) {
        return StrictMath.cos(x);
    }

    public static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }
}
