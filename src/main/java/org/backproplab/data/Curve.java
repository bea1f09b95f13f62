package org.backproplab.data;

import org.backproplab.engine.PortableMath;

/** The built-in one-dimensional target functions for regression. */
public enum Curve {
    /** Runge's function 1/(1+25x²), the classic trap for polynomial interpolation. */
    RUNGE("runge") {
        @Override
        public double at(double x) {
            // Written as (5x)² rather than 25x²: same maths, and it lands exactly on 0.5 at x = ±0.2.
            double t = 5 * x;
            return 1 / (1 + t * t);
        }
    },
    /** sin(πx): one full period on [−1,1]. */
    SIN_PI("sin(pi x)") {
        @Override
        public double at(double x) {
            return PortableMath.sin(Math.PI * x);
        }
    },
    /** |x|: a kink at 0. */
    ABS("abs") {
        @Override
        public double at(double x) {
            return Math.abs(x);
        }
    },
    /** 0 for x &lt; 0 and 1 for x ≥ 0: a jump at 0. */
    STEP("step") {
        @Override
        public double at(double x) {
            return x < 0 ? 0 : 1;
        }
    };

    private final String displayName;

    Curve(String displayName) {
        this.displayName = displayName;
    }

    /** The value of the curve at {@code x}. */
    public abstract double at(double x);

    /** The name shown to students and used as the dataset name. */
    public String displayName() {
        return displayName;
    }
}
