package org.backproplab.experiment;

import org.backproplab.text.Texts;
import org.backproplab.text.Utf8;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an experiment into the fragment of a link ({@code #v=2&data=xor_easy&h=10,10…}) and reads one back.
 *
 * <p>Only fields that differ from their defaults are written, so links stay short. Reading never throws and
 * never trusts the link: each bad or unknown part is reported as a plain-text notice (a bounded number of
 * bounded, single-line messages) and that field keeps its default, so the rest of the experiment still opens.
 * Every field of a decoded state has passed its field's own check.
 */
public final class LinkCodec {
    /**
     * The version written into every link; links from other versions are read field by field. Version 2 changed
     * one default, the pace ({@code speed}) from "max" to "auto"; a version 1 link without {@code speed} still
     * plays at "max", as it did when it was made, since links leave defaults out.
     */
    public static final int VERSION = 2;
    /** Version 1's default pace, which its links mean when they don't name one. */
    static final String VERSION_1_SPEED = "max";
    /**
     * Longer links are cut here: room for an imported network's exact weights (the explicit-weights field holds
     * up to 100,000 characters), while a hostile link can't make us parse megabytes.
     */
    public static final int MAX_LENGTH = 131_072;
    /** At most this many notices are listed, then one line saying that there were more. */
    public static final int MAX_NOTICES = 8;
    /** Notices are cut to this many characters. */
    public static final int MAX_NOTICE_LENGTH = 300;
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

    /** Reads a whole URL, a fragment or a query ("…#v=2&…", "v=2&…"); never throws. */
    public static Decoded decode(String link) {
        ExperimentState state = new ExperimentState();
        List<String> notices = new ArrayList<>();
        if (link == null) {
            return new Decoded(state, notices);
        }
        String text = fragmentOf(link);
        if (text.length() > MAX_LENGTH) {
            notice(notices, "The link is too long (" + text.length() + " characters); only its first " + MAX_LENGTH
                    + " were read.");
            text = text.substring(0, MAX_LENGTH);
        }
        text = repair(text);
        Set<String> seen = new HashSet<>();
        Set<String> fromLink = new HashSet<>();
        String version = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            String part = text.substring(start, end);
            start = end + 1;
            if (part.isEmpty()) {
                continue;
            }
            try {
                String v = readPart(part, state, notices, seen, fromLink);
                version = v == null ? version : v;
            } catch (RuntimeException e) {
                // a field's rule must not be able to break a link: report the part and go on
                notice(notices, "A part of the link could not be read ('" + Texts.clip(part) + "'); it was ignored.");
            }
        }
        if ("1".equals(version) && !fromLink.contains(Fields.SPEED.key())) {
            state.set(Fields.SPEED, VERSION_1_SPEED);
        }
        return new Decoded(state, notices);
    }

    /** Reads one part into {@code state}; returns the link's version when the part is "v=…", else null. */
    private static String readPart(String part, ExperimentState state, List<String> notices, Set<String> seen,
            Set<String> fromLink) {
        int eq = part.indexOf('=');
        String rawKey = eq < 0 ? part : part.substring(0, eq);
        String raw = eq < 0 ? null : part.substring(eq + 1);
        String key = unescapeOrRaw(rawKey);
        if (key.equals("v")) {
            if (!String.valueOf(VERSION).equals(raw) && !"1".equals(raw)) {
                notice(notices, "This link was made by another version of Backprop Lab ("
                        + Texts.clip(raw == null ? "" : unescapeOrRaw(raw)) + "); its settings were read one by one.");
            }
            return raw == null ? "" : raw;
        }
        Field<?> field = Fields.byKey(key);
        if (field == null) {
            notice(notices, "Ignored an unknown setting '" + Texts.clip(key) + "'.");
            return null;
        }
        if (raw == null) {
            notice(notices, field.label() + ": the link gives no value; the default was kept.");
            return null;
        }
        String value = unescape(raw);
        String kept = fromLink.contains(key) ? "the earlier value in the link was kept." : "the default was kept.";
        if (!seen.add(key)) {
            notice(notices, field.label() + " appears more than once in the link; the last usable value counts.");
        }
        if (value == null) {
            notice(notices, field.label() + ": the link's value is damaged; " + kept);
            return null;
        }
        String problem = state.set(field, value);
        if (problem != null) {
            notice(notices, problem + " — " + kept);
        } else {
            fromLink.add(key);
        }
        return null;
    }

    /**
     * The part after '#' (or after '?' in a query link), trimmed: a link pasted from a message often ends in a
     * space or a line break.
     */
    private static String fragmentOf(String link) {
        String text = link.trim();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            return text.substring(hash + 1).trim();
        }
        int question = text.indexOf('?');
        int eq = text.indexOf('=');
        if (question >= 0 && (eq < 0 || question < eq)) {
            return text.substring(question + 1);
        }
        return text;
    }

    /**
     * Undoes two common manglings, which can't occur in a link we wrote: a fragment escaped as a whole
     * ("v%3D1%26lr%3D0.5", done by some chat apps) and '&' written as the HTML entity "&amp;".
     */
    private static String repair(String text) {
        String t = text;
        if (t.indexOf('=') < 0 && (t.contains("%3D") || t.contains("%3d"))) {
            String once = unescape(t);
            if (once != null) {
                t = once;
            }
        }
        return t.contains("&amp;") ? t.replace("&amp;", "&") : t;
    }

    private static void notice(List<String> notices, String text) {
        if (notices.size() < MAX_NOTICES) {
            notices.add(plain(text));
        } else if (notices.size() == MAX_NOTICES) {
            notices.add("More problems in the link were not listed.");
        }
    }

    /**
     * A notice safe to show as one short line of text: control and direction-changing characters and unpaired
     * surrogates become '?', and long messages are cut.
     */
    static String plain(String text) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (; i < text.length() && sb.length() < MAX_NOTICE_LENGTH; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                sb.append(c).append(text.charAt(++i));
            } else if (c < ' ' || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || (c >= 0x200b && c <= 0x200f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        if (i < text.length()) {
            sb.append('…');
        }
        return sb.toString();
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

    /**
     * The decoded text, or null when an escape is malformed or its bytes aren't UTF-8. '+' stays '+' (a link's
     * fragment is not a form: "lr=1e+3" means 1e+3), and unescaped non-ASCII text is taken as it is.
     */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        byte[] bytes = new byte[raw.length() / 3 + 1];
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
                continue;
            }
            if (n > 0) {
                String decoded = Utf8.decode(bytes, n);
                if (decoded == null) {
                    return null;
                }
                out.append(decoded);
                n = 0;
            }
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return null;
            } else {
                out.append(c);
            }
        }
        if (n > 0) {
            String decoded = Utf8.decode(bytes, n);
            if (decoded == null) {
                return null;
            }
            out.append(decoded);
        }
        return out.toString();
    }

    private static String unescapeOrRaw(String raw) {
        String s = unescape(raw);
        return s == null ? raw : s;
    }
}
