package org.backproplab.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an experiment into the fragment of a link ({@code #v=1&data=xor_easy&h=10,10…}) and reads one back.
 *
 * <p>Only fields that differ from their defaults are written, so links stay short. Reading never throws and
 * never trusts the link: each bad or unknown part is reported as a plain-text notice and that field keeps its
 * default, so the rest of the experiment still opens.
 */
public final class LinkCodec {
    /** The version written into every link; links from other versions are read field by field. */
    public static final int VERSION = 1;
    /** Longer links are cut here: no experiment needs more, and a hostile one can't make us parse megabytes. */
    public static final int MAX_LENGTH = 8192;
    private static final int MAX_NOTICES = 8;
    private static final String SAFE = "-_.~,:";

    private LinkCodec() {
    }

    /** The fragment (without '#') describing {@code state}. */
    public static String encode(ExperimentState state) {
        StringBuilder sb = new StringBuilder("v=").append(VERSION);
        for (Field<?> f : Fields.all()) {
            if (state.isSet(f)) {
                sb.append('&').append(f.key()).append('=');
                escape(state.text(f), sb);
            }
        }
        return sb.toString();
    }

    /** What a link decoded to, with the notices to show about the parts that could not be used. */
    public static final class Decoded {
        private final ExperimentState state;
        private final List<String> notices;

        Decoded(ExperimentState state, List<String> notices) {
            this.state = state;
            this.notices = notices;
        }

        /** The experiment: every usable field from the link, defaults elsewhere. */
        public ExperimentState state() {
            return state;
        }

        /** Plain-text notices, empty when the link was clean. */
        public List<String> notices() {
            return notices;
        }
    }

    /** Reads a whole URL, a fragment or a query ("…#v=1&…", "v=1&…"); never throws. */
    public static Decoded decode(String link) {
        ExperimentState state = new ExperimentState();
        List<String> notices = new ArrayList<>();
        if (link == null) {
            return new Decoded(state, notices);
        }
        String text = link;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(hash + 1);
        } else if (text.indexOf('?') >= 0) {
            text = text.substring(text.indexOf('?') + 1);
        }
        if (text.length() > MAX_LENGTH) {
            notice(notices, "The link is too long (" + text.length() + " characters); only its first " + MAX_LENGTH
                    + " were read.");
            text = text.substring(0, MAX_LENGTH);
        }
        Set<String> seen = new HashSet<>();
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String raw = eq < 0 ? null : part.substring(eq + 1);
            if (key.equals("v")) {
                if (!String.valueOf(VERSION).equals(raw)) {
                    notice(notices, "This link was made by another version of Backprop Lab ("
                            + Texts.clip(raw == null ? "" : raw) + "); its fields were read one by one.");
                }
                continue;
            }
            Field<?> field = Fields.byKey(key);
            if (field == null) {
                notice(notices, "Ignored an unknown setting '" + Texts.clip(unescapeOrRaw(key)) + "'.");
                continue;
            }
            if (raw == null) {
                notice(notices, field.label() + ": the link gives no value; the default was kept.");
                continue;
            }
            String value = unescape(raw);
            if (value == null) {
                notice(notices, field.label() + ": the link's value is damaged; the default was kept.");
                continue;
            }
            if (!seen.add(key)) {
                notice(notices, field.label() + " appears twice in the link; the last value was used.");
            }
            String problem = state.set(field, value);
            if (problem != null) {
                notice(notices, problem + " — the default was kept.");
            }
        }
        return new Decoded(state, notices);
    }

    private static void notice(List<String> notices, String text) {
        if (notices.size() < MAX_NOTICES) {
            notices.add(text);
        } else if (notices.size() == MAX_NOTICES) {
            notices.add("More problems in the link were not listed.");
        }
    }

    /** Percent-encodes UTF-8 except letters, digits and a few marks that read well in a link. */
    static void escape(String text, StringBuilder out) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || SAFE.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
    }

    /** The decoded text, or null when an escape is malformed or the bytes aren't UTF-8. */
    static String unescape(String raw) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                return null; // browsers escape non-ASCII; raw non-ASCII here means a hand-made or damaged link
            }
        }
        return Utf8.decode(bytes, n);
    }

    private static String unescapeOrRaw(String raw) {
        String s = unescape(raw);
        return s == null ? raw : s;
    }
}
