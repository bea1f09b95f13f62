package org.backproplab.experiment.perceptron;

import java.util.ArrayList;
import java.util.List;

/** Splits user text into lines and tokens; hand-written so that java.util.regex stays out of the browser bundle. */
final class Tokens {
    private Tokens() {
    }

    /** The lines of {@code text}, accepting \n, \r\n and \r endings. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** The tokens of one line separated by whitespace or commas, ignoring everything from a '#' on. */
    static List<String> split(String line) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            boolean end = c == '#';
            boolean separator = end || c == ',' || Character.isWhitespace(c);
            if (separator) {
                if (start >= 0) {
                    tokens.add(line.substring(start, i));
                    start = -1;
                }
                if (end) {
                    break;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return tokens;
    }
}
