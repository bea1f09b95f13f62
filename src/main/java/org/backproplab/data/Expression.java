package org.backproplab.data;

import org.backproplab.engine.PortableMath;

/**
 * A typed formula of x, compiled once to a small postfix program and evaluated for many x.
 *
 * <p>Grammar, loosest binding first: {@code + -}, then {@code * /}, then unary minus, then {@code ^}
 * (right-associative, so {@code -x^2 = -(x^2)} and {@code 2^3^2 = 2^9}). Values: numbers such as {@code 12},
 * {@code .5}, {@code 1e-3}; {@code x}; constants {@code pi} and {@code e}; functions sin cos tan exp log sqrt
 * abs tanh sigmoid of one argument and min max of two. Names are case-insensitive; the typographic minus
 * "−" and "π" are accepted too. Nothing is ever handed to a JavaScript eval.
 *
 * <p>Instances are immutable and safe to share.
 */
public final class Expression {
    /** Longest formula accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** Deepest nesting of parentheses accepted. */
    public static final int MAX_DEPTH = 50;

    // Opcodes of the postfix program. CONST is followed by an index into consts.
    static final int CONST = 0;
    static final int X = 1;
    static final int NEG = 2;
    static final int ADD = 3;
    static final int SUB = 4;
    static final int MUL = 5;
    static final int DIV = 6;
    static final int POW = 7;
    static final int SIN = 8;
    static final int COS = 9;
    static final int TAN = 10;
    static final int EXP = 11;
    static final int LOG = 12;
    static final int SQRT = 13;
    static final int ABS = 14;
    static final int TANH = 15;
    static final int SIGMOID = 16;
    static final int MIN = 17;
    static final int MAX = 18;

    private final String text;
    private final int[] code;
    private final double[] consts;
    private final int maxStack;

    Expression(String text, int[] code, double[] consts, int maxStack) {
        this.text = text;
        this.code = code;
        this.consts = consts;
        this.maxStack = maxStack;
    }

    /** Compiles {@code text}; never throws, a bad formula gives a result carrying the error. */
    public static Result compile(String text) {
        return ExpressionParser.parse(text);
    }

    /** The formula as typed. */
    public String text() {
        return text;
    }

    /** The value at {@code x}; may be NaN or infinite where the formula is undefined (log of −1, 1/0). */
    public double eval(double x) {
        return run(x, new double[maxStack]);
    }

    /** The values at every x, reusing one evaluation stack. */
    public double[] evalAll(double[] xs) {
        double[] stack = new double[maxStack];
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = run(xs[i], stack);
        }
        return out;
    }

    private double run(double x, double[] st) {
        int sp = 0;
        int[] c = code;
        for (int pc = 0; pc < c.length; pc++) {
            switch (c[pc]) {
                case CONST:
                    st[sp++] = consts[c[++pc]];
                    break;
                case X:
                    st[sp++] = x;
                    break;
                case NEG:
                    st[sp - 1] = -st[sp - 1];
                    break;
                case ADD:
                    sp--;
                    st[sp - 1] += st[sp];
                    break;
                case SUB:
                    sp--;
                    st[sp - 1] -= st[sp];
                    break;
                case MUL:
                    sp--;
                    st[sp - 1] *= st[sp];
                    break;
                case DIV:
                    sp--;
                    st[sp - 1] /= st[sp];
                    break;
                case POW:
                    sp--;
                    st[sp - 1] = PortableMath.pow(st[sp - 1], st[sp]);
                    break;
                case MIN:
                    sp--;
                    st[sp - 1] = Math.min(st[sp - 1], st[sp]);
                    break;
                case MAX:
                    sp--;
                    st[sp - 1] = Math.max(st[sp - 1], st[sp]);
                    break;
                default:
                    st[sp - 1] = apply(c[pc], st[sp - 1]);
                    break;
            }
        }
        return st[0];
    }

    private static double apply(int op, double z) {
        switch (op) {
            case SIN:
                return PortableMath.sin(z);
            case COS:
                return PortableMath.cos(z);
            case TAN:
                return PortableMath.sin(z) / PortableMath.cos(z);
            case EXP:
                return PortableMath.exp(z);
            case LOG:
                return PortableMath.log(z);
            case SQRT:
                return Math.sqrt(z);
            case ABS:
                return Math.abs(z);
            case TANH:
                return PortableMath.tanh(z);
            case SIGMOID:
                return 1 / (1 + PortableMath.exp(-z));
            default:
                throw new IllegalStateException("bad opcode " + op);
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** The outcome of {@link #compile}: an expression, or an error message with its 1-based column. */
    public static final class Result {
        private final Expression expression;
        private final String error;
        private final int column;

        Result(Expression expression, String error, int column) {
            this.expression = expression;
            this.error = error;
            this.column = column;
        }

        /** True if the formula compiled. */
        public boolean ok() {
            return expression != null;
        }

        /** The compiled formula; throws if there was an error. */
        public Expression expression() {
            if (expression == null) {
                throw new IllegalStateException(error);
            }
            return expression;
        }

        /** The message, e.g. "column 7: unknown name 'sinn'", or null if the formula compiled. */
        public String error() {
            return error;
        }

        /** The 1-based column the error points at, or 0 when it has none (empty or too long formula, or no error). */
        public int column() {
            return column;
        }
    }
}
