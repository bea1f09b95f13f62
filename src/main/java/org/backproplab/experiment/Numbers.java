package org.backproplab.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** TEMPORARY stand-in until the real formatter lands. */
public final class Numbers {
    private Numbers() {
    }

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String general(double v, int significant) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return fixed(v, 0);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(significant, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toString();
    }
}
