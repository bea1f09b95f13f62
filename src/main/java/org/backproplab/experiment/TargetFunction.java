package org.backproplab.experiment;

import org.backproplab.data.Curve;
import org.backproplab.data.Expression;
import org.backproplab.engine.PortableMath;

/**
 * The function a one-input regression set was sampled from, with its derivative: the "true function" the
 * regression plots draw beside the network's curve. Built-in curves have their derivatives written out; a
 * typed formula is differentiated numerically.
 */
public abstract class TargetFunction {
    /** The step of the central difference that differentiates typed formulas. */
    public static final double H = 1e-5;

    TargetFunction() {
    }

    /** The target function the experiment's data come from, or null (classification, CSV data, bad formula). */
    public static TargetFunction of(ExperimentState state) {
        switch (state.get(Fields.DATA)) {
            case "runge":
                return new Runge();
            case "sin":
                return new SinPi();
            case "abs":
                return new Abs();
            case "step":
                return new Step();
            case "formula": {
                Expression.Result r = Expression.compile(state.get(Fields.FORMULA));
                return r.ok() ? new Formula(r.expression()) : null;
            }
            default:
                return null;
        }
    }

    /** f(x). */
    public abstract double value(double x);

    /** f′(x), or NaN where f has no derivative (the kink of |x|, the jump of the step). */
    public abstract double slope(double x);

    /** 1/(1+25x²); f′(x) = −50x/(1+25x²)². */
    private static final class Runge extends TargetFunction {
        @Override
        public double value(double x) {
            return Curve.RUNGE.at(x);
        }

        @Override
        public double slope(double x) {
            double t = 5 * x;
            double d = 1 + t * t;
            return -50 * x / (d * d);
        }
    }

    /** sin(πx); f′(x) = π·cos(πx). */
    private static final class SinPi extends TargetFunction {
        @Override
        public double value(double x) {
            return Curve.SIN_PI.at(x);
        }

        @Override
        public double slope(double x) {
            return Math.PI * PortableMath.cos(Math.PI * x);
        }
    }

    /** |x|; f′(x) = sign(x), undefined at 0. */
    private static final class Abs extends TargetFunction {
        @Override
        public double value(double x) {
            return Curve.ABS.at(x);
        }

        @Override
        public double slope(double x) {
            return x > 0 ? 1 : x < 0 ? -1 : Double.NaN;
        }
    }

    /** The unit step; f′(x) = 0 except at the jump, where it has none. */
    private static final class Step extends TargetFunction {
        @Override
        public double value(double x) {
            return Curve.STEP.at(x);
        }

        @Override
        public double slope(double x) {
            return x == 0 ? Double.NaN : 0;
        }
    }

    /** A typed formula; f′ by the central difference (f(x+h) − f(x−h)) / 2h, error O(h²). */
    private static final class Formula extends TargetFunction {
        private final Expression expression;

        Formula(Expression expression) {
            this.expression = expression;
        }

        @Override
        public double value(double x) {
            return expression.eval(x);
        }

        @Override
        public double slope(double x) {
            return (expression.eval(x + H) - expression.eval(x - H)) / (2 * H);
        }
    }
}
