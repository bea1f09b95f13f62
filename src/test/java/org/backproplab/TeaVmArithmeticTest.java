package org.backproplab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against a TeaVM 0.15 code-generation bug that breaks bit-identical results: it prints Java's
 * {@code a + (b - c)} as JavaScript {@code a + b - c}, and {@code a * (b / c)} as {@code a * b / c}, treating + and *
 * as associative, which they are not in floating point. So a sum or difference must never be the whole right
 * operand of + (or of +=), nor a product or quotient the right operand of * (or *=). Writing the compound part on
 * the left, {@code (b - c) + a}, gives the same value in Java (IEEE + and * are commutative) and survives TeaVM.
 * (Subtraction and division keep their parentheses, so {@code a - (b + c)} is fine.)
 *
 * <p>The browser tests that compare traces bit for bit catch what this textual check can't (a single-use local
 * folded into a larger expression by TeaVM).
 */
class TeaVmArithmeticTest {
    private static final Pattern COMPOUND = Pattern.compile("(?<![<>=!+\\-*/])(\\+=|\\*=)([^;]*)");
    private static final Pattern NESTED = Pattern.compile("(?<![+\\-*/=<>!&|])([+*])\\s*\\(");

    @Test
    void noRightNestedSumsOrProductsInCodeThatRunsInTheBrowser() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = stripCommentsAndStrings(Files.readString(file));
                int start = 0;
                for (int i = 0; i <= code.length(); i++) {
                    if (i == code.length() || code.charAt(i) == ';' || code.charAt(i) == '{' || code.charAt(i) == '}') {
                        // one statement (or header) at a time, whatever its line breaks
                        String statement = code.substring(start, i).replace('\n', ' ');
                        String problem = check(statement);
                        if (problem != null) {
                            int line = 1 + (int) code.substring(0, start).chars().filter(c -> c == '\n').count();
                            problems.add(file + ":" + line + ": " + problem + ": " + statement.trim());
                        }
                        start = i + 1;
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "TeaVM would reassociate these (write the compound part on the left):\n"
                + String.join("\n", problems));
    }

    @Test
    void theCheckRecognisesTheBrokenShapes() {
        assertTrue(check("w[i] += a * m - e * g;") != null);
        assertTrue(check("x = a + (b - c);") != null);
        assertTrue(check("x = a * (b / c);") != null);
        assertTrue(check("x *= a * b;") != null);
        assertTrue(check("x = (b - c) + a;") == null);
        assertTrue(check("x = a + (b - c) * d;") == null);
        assertTrue(check("x = a - (b + c);") == null);
        assertTrue(check("x += a * b;") == null);
        assertTrue(check("x = 0.5 * s * (1 + t);") == null);
    }

    /** A description of the first risky shape in one statement, or null. */
    static String check(String line) {
        if (line.contains("\"\"")) {
            return null; // string concatenation: TeaVM builds strings with a StringBuilder, not JavaScript's +
        }
        Matcher m = COMPOUND.matcher(line);
        if (m.find()) {
            String kind = kind(m.group(2));
            if (m.group(1).equals("+=") && kind.equals("add") || m.group(1).equals("*=") && kind.equals("mul")) {
                return "compound " + m.group(1) + " of a " + (kind.equals("add") ? "sum" : "product");
            }
        }
        Matcher n = NESTED.matcher(line);
        while (n.find()) {
            int open = n.end() - 1;
            int close = matchingParen(line, open);
            String inner = line.substring(open + 1, close);
            if (inner.trim().matches("double|int|long|float")) {
                continue; // a cast
            }
            String after = line.substring(Math.min(close + 1, line.length())).trim();
            String kind = kind(inner);
            if (n.group(1).equals("+") && kind.equals("add") && !after.startsWith("*") && !after.startsWith("/")) {
                return "sum as the right operand of +";
            }
            if (n.group(1).equals("*") && kind.equals("mul")) {
                return "product as the right operand of *";
            }
        }
        return null;
    }

    /** "add" if the expression's top level has a binary + or −, else "mul" for * or /, else "atom". */
    private static String kind(String expr) {
        int depth = 0;
        boolean mul = false;
        for (int k = 0; k < expr.length(); k++) {
            char c = expr.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '?') {
                return "atom"; // a conditional: its own parentheses stay
            } else if (depth == 0 && "+-*/".indexOf(c) >= 0) {
                String before = expr.substring(0, k).trim();
                boolean binary = !before.isEmpty() && (Character.isLetterOrDigit(before.charAt(before.length() - 1))
                        || ")]_.".indexOf(before.charAt(before.length() - 1)) >= 0);
                boolean exponent = before.matches(".*[0-9.][eE]");
                if (binary && !exponent) {
                    if (c == '+' || c == '-') {
                        return "add";
                    }
                    mul = true;
                }
            }
        }
        return mul ? "mul" : "atom";
    }

    private static int matchingParen(String line, int open) {
        int depth = 0;
        for (int k = open; k < line.length(); k++) {
            if (line.charAt(k) == '(') {
                depth++;
            } else if (line.charAt(k) == ')' && --depth == 0) {
                return k;
            }
        }
        return line.length() - 1;
    }

    /** The source with comments blanked (line breaks kept) and string/char literals replaced by "". */
    static String stripCommentsAndStrings(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(src.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char q = src.charAt(i);
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != q) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.append("\"\"");
                i = j + 1;
            } else {
                out.append(src.charAt(i++));
            }
        }
        return out.toString();
    }
}
