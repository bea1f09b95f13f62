package org.backproplab.text;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by messages and by the readers of settings. */
public final class Texts {
    private Texts() {
    }

    /** At most 24 characters of user text for a message, with control characters made visible. */
    public static String clip(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < 24; i++) {
            char c = text.charAt(i);
            sb.append(c < ' ' || c == 0x7f ? '?' : c);
        }
        if (text.length() > 24) {
            sb.append('…');
        }
        return sb.toString();
    }

    /**
     * {@code text.split(String.valueOf(separator), -1)}: every part, empty ones too, without a regular expression
     * (TeaVM's String.split compiles one on every call, which was a third of the page's first run).
     */
    public static String[] split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts.toArray(new String[0]);
    }

    /**
     * The words of {@code text} between runs of ';' and white space as a regular expression's {@code \s} means it
     * (space, tab, line feed, vertical tab, form feed, carriage return): {@code text.trim().split("[\\s;]+")} without
     * its empty strings, and without a regular expression.
     */
    public static List<String> words(String text) {
        String t = text.trim();
        List<String> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= t.length(); i++) {
            boolean separator = i == t.length() || isSpaceOrSemicolon(t.charAt(i));
            if (separator && from >= 0) {
                out.add(t.substring(from, i));
                from = -1;
            } else if (!separator && from < 0) {
                from = i;
            }
        }
        return out;
    }

    private static boolean isSpaceOrSemicolon(char c) {
        return c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
