package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {
    private static double eval(String text, double x) {
        Expression.Result r = Expression.compile(text);
        assertTrue(r.ok(), () -> text + ": " + r.error());
        assertNull(r.error());
        return r.expression().eval(x);
    }

    private static double eval(String text) {
        return eval(text, 0);
    }

    @Test
    void precedenceFollowsSchoolMaths() {
        assertEquals(14.0, eval("2+3*4"));
        assertEquals(20.0, eval("(2+3)*4"));
        assertEquals(-4.0, eval("-2^2"));
        assertEquals(512.0, eval("2^3^2"));
        assertEquals(0.5, eval("2^-1"));
        assertEquals(1.0, eval("8/4/2"));
        assertEquals(3.0, eval("10-4-3"));
        assertEquals(-6.0, eval("2*-3"));
        assertEquals(2.0, eval("--2"));
        assertEquals(5.0, eval("2 - -3"));
        assertEquals(-9.0, eval("-x^2", 3));
        assertEquals(0.25, eval("(-x)^2", 0.5));
        assertEquals(-1.0, eval("-2^0"));
    }

    @Test
    void functionsHaveTheirValues() {
        assertEquals(1.0, eval("sin(pi/2)"), 1e-15);
        assertEquals(1.0, eval("cos(0)"));
        assertEquals(1.0, eval("tan(pi/4)"), 1e-15);
        assertEquals(Math.E, eval("exp(1)"), 1e-15);
        assertEquals(1.0, eval("log(e)"), 1e-15);
        assertEquals(4.0, eval("sqrt(16)"));
        assertEquals(3.0, eval("abs(-3)"));
        assertEquals(0.0, eval("tanh(0)"));
        assertEquals(0.5, eval("sigmoid(0)"));
        assertEquals(1 / (1 + Math.exp(-2)), eval("sigmoid(x)", 2), 1e-15);
        assertEquals(2.0, eval("min(2, 3)"));
        assertEquals(5.0, eval("max(2, x)", 5));
        assertEquals(-1.0, eval("max(min(x, 1), -1)", -7));
        assertEquals(0.5, eval("min(max(x, -1), 1)", 0.5));
    }

    @Test
    void constantsNumbersAndCaseAreAccepted() {
        assertEquals(Math.PI, eval("pi"));
        assertEquals(Math.PI, eval("PI"));
        assertEquals(Math.PI, eval("π"));
        assertEquals(Math.E, eval("e"));
        assertEquals(0.001, eval("1e-3"));
        assertEquals(200.0, eval("2E2"));
        assertEquals(0.5, eval(".5"));
        assertEquals(5.0, eval("5."));
        assertEquals(2 * Math.E, eval("2*e"));
        assertEquals(-3.0, eval("−3")); // typographic minus
        assertEquals(0.5, eval("SIN(X)", Math.PI / 6), 1e-15);
        assertEquals(7.0, eval("  x\t+ 4 ", 3));
    }

    @Test
    void evalAllMatchesEval() {
        Expression f = Expression.compile("sin(3*x) + x^2 / (1 + abs(x))").expression();
        double[] xs = RegressionData.equallySpaced(9);
        double[] ys = f.evalAll(xs);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(f.eval(xs[i]), ys[i]);
        }
        assertEquals("sin(3*x) + x^2 / (1 + abs(x))", f.text());
    }

    @Test
    void undefinedPointsGiveNaNOrInfinityNotExceptions() {
        assertTrue(Double.isNaN(eval("log(x)", -1)));
        assertEquals(Double.POSITIVE_INFINITY, eval("1/x", 0));
        assertTrue(Double.isNaN(eval("sqrt(x)", -4)));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2*x + sinn(x)  | 7 | column 7: unknown name 'sinn'",
        "(x+1           | 5 | column 5: expected ')'",
        "2+             | 3 | column 3: expected a value after '+'",
        "x^             | 3 | column 3: expected a value after '^'",
        "2x             | 2 | column 2: missing operator before 'x' (use * to multiply)",
        "(x+1)(x-1)     | 6 | column 6: missing operator before '(' (use * to multiply)",
        "x)             | 2 | column 2: unmatched ')'",
        "*x             | 1 | column 1: unexpected '*'",
        "x+*2           | 3 | column 3: unexpected '*'",
        "sin x          | 5 | column 5: expected '(' after 'sin'",
        "min(x)         | 1 | column 1: 'min' takes 2 arguments, found 1",
        "sin(x, 2)      | 1 | column 1: 'sin' takes 1 argument, found 2",
        "x $ 2          | 3 | column 3: unexpected character '$'",
        "1e999          | 1 | column 1: number is too large",
        "()             | 2 | column 2: expected a value before ')'",
        "(1,2)          | 3 | column 3: expected ')'",
        "max(1,)        | 7 | column 7: expected a value before ')'",
        "1.2.3          | 1 | column 1: number has more than one '.'",
        "x + .          | 5 | column 5: unexpected '.'",
        "y              | 1 | column 1: unknown name 'y'",
    })
    void errorsNameTheColumn(String text, int column, String message) {
        // CsvSource trims unquoted values, so the padding in the table is not part of the formula.
        Expression.Result r = Expression.compile(text);
        assertFalse(r.ok());
        assertEquals(message, r.error());
        assertEquals(column, r.column());
        assertThrows(IllegalStateException.class, r::expression);
    }

    @Test
    void emptyFormulaHasNoColumn() {
        for (String text : new String[] {"", "   ", null}) {
            Expression.Result r = Expression.compile(text);
            assertEquals("empty formula", r.error());
            assertEquals(0, r.column());
        }
    }

    @Test
    void lengthIsLimitedTo200Characters() {
        String ok = "1+".repeat(99) + "1 "; // 200 characters
        assertEquals(200, ok.length());
        assertEquals(100.0, eval(ok));
        Expression.Result r = Expression.compile(ok + "1");
        assertEquals("formula is longer than 200 characters", r.error());
        assertEquals(0, r.column());
    }

    @Test
    void nestingIsLimitedTo50Levels() {
        assertEquals(3.0, eval("(".repeat(50) + "x" + ")".repeat(50), 3));
        Expression.Result r = Expression.compile("(".repeat(51) + "x" + ")".repeat(51));
        assertEquals("column 51: too deeply nested (at most 50 levels of parentheses)", r.error());
        Expression.Result f = Expression.compile("abs(".repeat(26) + "(".repeat(25) + "x" + ")".repeat(51));
        assertEquals(129, f.column());
    }

    @Test
    void longOperatorChainsCompile() {
        assertEquals(-2.0, eval("-".repeat(199) + "x", 2));
        assertEquals(1.0, eval("1" + "^1".repeat(99)));
    }

    @Test
    void randomTextNeverThrows() {
        String alphabet = "x0123456789.e+-*/^(),  sincotaexplgqrbhmdi$π−E";
        Rng rng = new Rng(2024);
        int compiled = 0;
        for (int k = 0; k < 10_000; k++) {
            int len = rng.nextInt(30);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Expression.Result r = Expression.compile(text);
            if (r.ok()) {
                compiled++;
                Expression f = r.expression();
                f.eval(0.5);
                f.eval(-1);
                assertArrayEquals(new double[] {f.eval(2)}, f.evalAll(new double[] {2}), 0);
            } else {
                assertTrue(r.column() >= 0 && r.column() <= text.length() + 1, text);
                assertTrue(r.error().equals("empty formula") || r.error().startsWith("column " + r.column() + ": "),
                        text + " -> " + r.error());
            }
        }
        assertTrue(compiled > 100, "the alphabet should yield some valid formulas: " + compiled);
    }
}
