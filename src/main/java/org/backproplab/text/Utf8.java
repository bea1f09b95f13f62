package org.backproplab.text;

/** A strict UTF-8 decoder: malformed input gives null instead of replacement characters. */
public final class Utf8 {
    private Utf8() {
    }

    /** The text of UTF-8 bytes[0..length), or null when they are malformed. */
    public static String decode(byte[] bytes, int length) {
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xff;
            int need;
            int cp;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
            } else {
                return null;
            }
            if (i + need >= length) {
                return null;
            }
            for (int k = 1; k <= need; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    return null;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (need == 3 && (cp < 0x10000
                    || cp > 0x10FFFF))) {
                return null;
            }
            sb.appendCodePoint(cp);
            i = i + need + 1;
        }
        return sb.toString();
    }
}
