package org.backproplab.text;

/** Small text helpers shared by messages. */
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
}
