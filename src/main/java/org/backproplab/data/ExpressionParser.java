package org.backproplab.data;

import java.util.Arrays;

/**
 * Recursive-descent parser for {@link Expression}, emitting postfix code as it goes. The lexer runs one token
 * ahead, so the first error met is also the leftmost one.
 */
final class ExpressionParser {
    private static final int NUM = 0;
    private static final int NAME = 1;
    private static final int PLUS = 2;
    private static final int MINUS = 3;
    private static final int STAR = 4;
    private static final int SLASH = 5;
    private static final int CARET = 6;
    private static final int LPAREN = 7;
    private static final int RPAREN = 8;
    private static final int COMMA = 9;
    private static final int END = 10;

    private final String s;
    private int pos;

    // The current token.
    private int kind;
    private int start;
    private int end;
    private double number;
    private String name;
    private String previous = ""; // text of the token before the current one, for messages

    private int[] code = new int[32];
    private int codeLength;
    private double[] consts = new double[8];
    private int constCount;
    private int stack;
    private int maxStack;
    private int depth;

    private ExpressionParser(String s) {
        this.s = s;
    }

    static Expression.Result parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            return new Expression.Result(null, "empty formula", 0);
        }
        if (text.length() > Expression.MAX_LENGTH) {
            return new Expression.Result(null,
                    "formula is longer than " + Expression.MAX_LENGTH + " characters", 0);
        }
        ExpressionParser p = new ExpressionParser(text);
        try {
            p.next();
            p.expression();
            if (p.kind != END) {
                p.failAfterValue(END);
            }
        } catch (Failure f) {
            return new Expression.Result(null, "column " + f.column + ": " + f.getMessage(), f.column);
        }
        return new Expression.Result(new Expression(text, Arrays.copyOf(p.code, p.codeLength),
                Arrays.copyOf(p.consts, p.constCount), p.maxStack), null, 0);
    }

    // expression := term (('+' | '-') term)*
    private void expression() throws Failure {
        term();
        while (kind == PLUS || kind == MINUS) {
            int op = kind == PLUS ? Expression.ADD : Expression.SUB;
            next();
            term();
            emit(op, -1);
        }
    }

    // term := unary (('*' | '/') unary)*
    private void term() throws Failure {
        unary();
        while (kind == STAR || kind == SLASH) {
            int op = kind == STAR ? Expression.MUL : Expression.DIV;
            next();
            unary();
            emit(op, -1);
        }
    }

    // unary := ('+' | '-') unary | power — below '^', so that -x^2 is -(x^2) as in maths.
    private void unary() throws Failure {
        if (kind == PLUS || kind == MINUS) {
            boolean negate = kind == MINUS;
            next();
            unary();
            if (negate) {
                emit(Expression.NEG, 0);
            }
        } else {
            power();
        }
    }

    // power := primary ('^' unary)? — the exponent is a unary, which makes '^' right-associative and allows 2^-1.
    private void power() throws Failure {
        primary();
        if (kind == CARET) {
            next();
            unary();
            emit(Expression.POW, -1);
        }
    }

    private void primary() throws Failure {
        switch (kind) {
            case NUM:
                emitConst(number);
                next();
                return;
            case LPAREN:
                open();
                next();
                expression();
                if (kind != RPAREN) {
                    failAfterValue(RPAREN);
                }
                depth--;
                next();
                return;
            case NAME:
                name();
                return;
            case END:
                throw new Failure(column(), "expected a value after '" + previous + "'");
            case RPAREN:
            case COMMA:
                throw new Failure(column(), "expected a value before '" + tokenText() + "'");
            default:
                throw new Failure(column(), "unexpected '" + tokenText() + "'");
        }
    }

    private void name() throws Failure {
        String n = name;
        int nameColumn = column();
        if (n.equals("x")) {
            emit(Expression.X, 1);
            next();
            return;
        }
        if (n.equals("pi")) {
            emitConst(Math.PI);
            next();
            return;
        }
        if (n.equals("e")) {
            emitConst(Math.E);
            next();
            return;
        }
        int op = function(n);
        if (op < 0) {
            throw new Failure(nameColumn, "unknown name '" + tokenText() + "'");
        }
        String shown = tokenText();
        int arity = op == Expression.MIN || op == Expression.MAX ? 2 : 1;
        next();
        if (kind != LPAREN) {
            throw new Failure(column(), "expected '(' after '" + shown + "'");
        }
        open();
        next();
        expression();
        int args = 1;
        while (kind == COMMA) {
            next();
            expression();
            args++;
        }
        if (kind != RPAREN) {
            failAfterValue(RPAREN);
        }
        if (args != arity) {
            throw new Failure(nameColumn, "'" + shown + "' takes " + arity + (arity == 1 ? " argument" : " arguments")
                    + ", found " + args);
        }
        depth--;
        next();
        // Extra arguments were left on the stack only in a failed parse, so arity is exact here.
        emit(op, 1 - arity);
    }

    private static int function(String n) {
        switch (n) {
            case "sin":
                return Expression.SIN;
            case "cos":
                return Expression.COS;
            case "tan":
                return Expression.TAN;
            case "exp":
                return Expression.EXP;
            case "log":
                return Expression.LOG;
            case "sqrt":
                return Expression.SQRT;
            case "abs":
                return Expression.ABS;
            case "tanh":
                return Expression.TANH;
            case "sigmoid":
                return Expression.SIGMOID;
            case "min":
                return Expression.MIN;
            case "max":
                return Expression.MAX;
            default:
                return -1;
        }
    }

    private void open() throws Failure {
        depth++;
        if (depth > Expression.MAX_DEPTH) {
            throw new Failure(column(), "too deeply nested (at most " + Expression.MAX_DEPTH
                    + " levels of parentheses)");
        }
    }

    /** A value was complete but the next token is not what {@code expected} ({@code END} or {@code RPAREN}). */
    private void failAfterValue(int expected) throws Failure {
        switch (kind) {
            case NUM:
            case NAME:
            case LPAREN:
                throw new Failure(column(), "missing operator before '" + tokenText() + "' (use * to multiply)");
            case RPAREN:
                throw new Failure(column(), "unmatched ')'");
            default:
                if (expected == RPAREN) {
                    throw new Failure(column(), "expected ')'");
                }
                throw new Failure(column(), "unexpected '" + tokenText() + "'");
        }
    }

    private void emitConst(double value) {
        if (constCount == consts.length) {
            consts = Arrays.copyOf(consts, 2 * constCount);
        }
        consts[constCount] = value;
        emit(Expression.CONST, 1);
        emitRaw(constCount++);
    }

    private void emit(int op, int stackChange) {
        emitRaw(op);
        stack += stackChange;
        if (stack > maxStack) {
            maxStack = stack;
        }
    }

    private void emitRaw(int word) {
        if (codeLength == code.length) {
            code = Arrays.copyOf(code, 2 * codeLength);
        }
        code[codeLength++] = word;
    }

    private int column() {
        return start + 1;
    }

    private String tokenText() {
        return s.substring(start, end);
    }

    /** Reads the next token into the current-token fields. */
    private void next() throws Failure {
        previous = tokenText();
        int n = s.length();
        while (pos < n && isSpace(s.charAt(pos))) {
            pos++;
        }
        start = pos;
        if (pos == n) {
            kind = END;
            end = pos;
            return;
        }
        char c = s.charAt(pos);
        if (NumberScan.isDigit(c) || c == '.') {
            int e = NumberScan.scanUnsigned(s, pos);
            if (e < 0) {
                end = pos + 1;
                throw new Failure(column(), "unexpected '.'");
            }
            if (e < n && s.charAt(e) == '.') {
                end = e;
                throw new Failure(column(), "number has more than one '.'");
            }
            number = Double.parseDouble(s.substring(pos, e));
            end = e;
            pos = e;
            kind = NUM;
            if (!NumberScan.isFinite(number)) {
                throw new Failure(column(), "number is too large");
            }
            return;
        }
        if (isLetter(c)) {
            int e = pos + 1;
            while (e < n && (isLetter(s.charAt(e)) || NumberScan.isDigit(s.charAt(e)))) {
                e++;
            }
            kind = NAME;
            name = s.substring(pos, e).toLowerCase();
            end = e;
            pos = e;
            return;
        }
        end = pos + 1;
        pos = end;
        switch (c) {
            case '+':
                kind = PLUS;
                return;
            case '-':
            case '\u2212': // typographic minus, as pasted from course notes
                kind = MINUS;
                return;
            case '*':
                kind = STAR;
                return;
            case '/':
                kind = SLASH;
                return;
            case '^':
                kind = CARET;
                return;
            case '(':
                kind = LPAREN;
                return;
            case ')':
                kind = RPAREN;
                return;
            case ',':
                kind = COMMA;
                return;
            case '\u03C0':
                kind = NAME;
                name = "pi";
                return;
            default:
                if (c < ' ' || Character.isSurrogate(c)) {
                    throw new Failure(column(), "unexpected character");
                }
                throw new Failure(column(), "unexpected character '" + c + "'");
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }

    /** A parse error at a 1-based column; caught in {@link #parse}, never escapes. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        Failure(int column, String message) {
            super(message);
            this.column = column;
        }
    }
}
