package org.backproplab.experiment;

import org.backproplab.text.ExactDecimal;
import org.backproplab.text.Numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

/**
 * Tens of thousands of generated links, valid, damaged and hostile: decoding never throws, its notices are a
 * few short lines of plain text, every field it returns passes its own check, and valid experiments survive
 * the trip through a link exactly.
 */
class LinkCodecFuzzTest {
    private static final String[] PAYLOADS = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>", "javascript:alert(1)", "${7*7}", "{{constructor.constructor('x')()}}",
        "__proto__", "constructor", "toString", "../../etc/passwd", "\u202eevil\u202c", "\u0000\u0001\u001f",
        "\ud800", "\udfff\ud800", "😀🧠", "繁體中文", "%", "%%", "%2", "%zz", "%C3", "%C3%28", "%ED%A0%80", "%F4%90%80%80",
        "&", "=", "==", "#", "?", "+", "%00", "%0A", "NaN", "Infinity", "-0", "1e999", "0x10", "1_000"};

    private static final int ROUND_TRIPS = 5000;
    private static final int RANDOM = 15_000;
    private static final int TRUNCATIONS = 20_000;
    private static final int MUTATED = 12_000;

    private final Rng rng = new Rng(20240607);
    private int checked; // links decoded and checked by the running test

    private int pick(int n) {
        return rng.nextInt(n);
    }

    private <T> T pick(List<T> list) {
        return list.get(pick(list.size()));
    }

    private String randomChars(int length, String alphabet) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(pick(alphabet.length())));
        }
        return sb.toString();
    }

    private String randomUnicode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = pick(6);
            if (kind == 0) {
                sb.append((char) pick(0x80));
            } else if (kind == 1) {
                sb.append((char) (0x80 + pick(0x780)));
            } else if (kind == 2) {
                sb.append((char) pick(0x10000)); // includes lone surrogates and direction marks
            } else if (kind == 3) {
                sb.appendCodePoint(0x10000 + pick(0x100000));
            } else if (kind == 4) {
                sb.append("%").append(randomChars(pick(3), "0123456789abcdefABCDEFxyz%"));
            } else {
                sb.append(PAYLOADS[pick(PAYLOADS.length)]);
            }
        }
        return sb.toString();
    }

    /** A value the field accepts, made the way a person or the page would type it. */
    private String validText(Field<?> f) {
        if (f instanceof Field.ChoiceField) {
            return pick(f.choices());
        }
        if (f instanceof Field.IntField) {
            for (int tries = 0; tries < 50; tries++) {
                String t = Integer.toString(pick(3) == 0 ? pick(10) : pick(3) == 0 ? rng.nextInt() : pick(100_000));
                if (accepts(f, t)) {
                    return t;
                }
            }
            return f.defaultText();
        }
        if (f instanceof Field.DoubleField) {
            for (int tries = 0; tries < 10; tries++) {
                // most decimal fields take [0, 0.5] at least; some take negatives or far more
                double v = (pick(4) == 0 ? -1 : 1) * rng.nextDouble() * Math.pow(10, pick(5) - 3);
                String t = pick(2) == 0 ? ExactDecimal.of(v) : Numbers.general(v, 1 + pick(6));
                if (accepts(f, t)) {
                    return t;
                }
            }
            return f.defaultText();
        }
        String[] candidates;
        switch (f.key()) {
            case "h":
                candidates = new String[] {"", "1", "10,10", "32,32", "5,5,5", "20,10,20,10", "256"};
                break;
            case "act":
                candidates = new String[] {"sigmoid", "tanh", "relu", "tanh,sigmoid", "gelu_tanh,identity"};
                break;
            case "units":
                candidates = new String[] {"", "2.1=tanh", "1.1=relu 2.3=gelu_erf", "1.10=silu;2.1=elu"};
                break;
            case "feat":
                // ids and the spellings people type, in any order, repeated: kept as ids in Feature's order
                candidates = new String[] {"x1,x2", "x1sq,x2sq", "x2sq, X1^2", "sinx1,sinx2", "x1x2", "sin(x1),x1*x2",
                    "x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2", "x₁², x₂²", "x2,x2,x1", "sinx2"};
                break;
            case "hide":
                candidates = new String[] {"data", "data,network", "lr,opt,tabs", "tools", "training, init"};
                break;
            default:
                // free text: anything a person could paste, kept within the field's length
                candidates = new String[] {randomUnicodeWithoutLoneSurrogates(1 + pick(40)), "sin(pi*x) + x^2",
                    "x1,x2,y\n0,0,0\n1,1,1", "a&b=c%d#e?f+g h", "<b>bold</b>"};
        }
        String t = candidates[pick(candidates.length)];
        return accepts(f, t) ? t : f.defaultText();
    }

    private String randomUnicodeWithoutLoneSurrogates(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = pick(4) == 0 ? 0x10000 + pick(0x100000) : pick(0xD800);
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static boolean accepts(Field<?> f, String text) {
        try {
            f.parse(text);
            return true;
        } catch (Field.FieldError e) {
            return false;
        }
    }

    private ExperimentState randomValidState() {
        ExperimentState s = new ExperimentState();
        for (Field<?> f : Fields.all()) {
            if (pick(3) == 0) {
                assertEquals(null, s.set(f, validText(f)), f.key());
            }
        }
        return s;
    }

    /** The properties every decode must have, whatever the link. */
    private void checkDecode(String link) {
        LinkCodec.Decoded d;
        try {
            d = LinkCodec.decode(link);
        } catch (RuntimeException | StackOverflowError e) {
            fail("decode threw " + e + " for a link starting " + LinkCodec.plain(link.substring(0,
                    Math.min(80, link.length()))));
            return;
        }
        List<String> notices = d.notices();
        assertTrue(notices.size() <= LinkCodec.MAX_NOTICES + 1, "too many notices: " + notices.size());
        for (String n : notices) {
            assertTrue(n.length() <= LinkCodec.MAX_NOTICE_LENGTH + 1, "notice too long: " + n.length());
            assertTrue(!n.isEmpty());
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                assertTrue(c >= ' ' && !(c >= 0x7f && c < 0xa0) && !(c >= 0x202a && c <= 0x202e)
                        && !(c >= 0x2066 && c <= 0x2069) && !(c >= 0x200b && c <= 0x200f), "notice has char "
                        + (int) c);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < n.length() && Character.isLowSurrogate(n.charAt(++i)), "lone surrogate");
                } else {
                    assertTrue(!Character.isLowSurrogate(c), "lone surrogate");
                }
            }
        }
        ExperimentState s = d.state();
        for (Field<?> f : Fields.all()) {
            assertTrue(accepts(f, s.text(f)), f.key() + " holds an invalid value");
        }
        // Whatever came in, what we write back out reads back the same, without notices.
        String again = LinkCodec.encode(s);
        LinkCodec.Decoded d2 = LinkCodec.decode(again);
        assertEquals(s, d2.state());
        assertEquals(List.of(), d2.notices());
        checked++;
    }

    private final List<String> validLinks = new ArrayList<>();

    /** One of 500 random valid links (made once: the mutations, not the base links, make the variety). */
    private String validLink() {
        if (validLinks.isEmpty()) {
            for (int i = 0; i < 500; i++) {
                validLinks.add(LinkCodec.encode(randomValidState()));
            }
        }
        return pick(validLinks);
    }

    @Test
    void validExperimentsSurviveTheLinkExactly() {
        for (int i = 0; i < ROUND_TRIPS; i++) {
            ExperimentState s = randomValidState();
            String link = LinkCodec.encode(s);
            LinkCodec.Decoded d = LinkCodec.decode(link);
            assertEquals(List.of(), d.notices(), link);
            assertEquals(s, d.state(), link);
            assertEquals(link, LinkCodec.encode(d.state()));
            // the same through a whole URL, as the page's location gives it
            assertEquals(s, LinkCodec.decode("https://example.org/lab/index.html#" + link).state());
            checked++;
        }
        assertEquals(ROUND_TRIPS, checked);
    }

    @Test
    void randomBytesAndCharactersNeverBreakDecoding() {
        for (int i = 0; i < RANDOM; i++) {
            int kind = pick(3);
            String link = kind == 0 ? randomChars(pick(200), "abcv=&%01234567890ABCDEF#?+;,.-_ \n")
                    : kind == 1 ? randomUnicode(pick(60)) : "#v=1&" + randomChars(pick(300), "&=%lrhactv0123456789.,");
            checkDecode(link);
        }
        assertEquals(RANDOM, checked);
    }

    @Test
    void everyTruncationOfValidLinksDecodesToValidFields() {
        int links = 0;
        while (checked < TRUNCATIONS) {
            String link = "#" + validLink();
            for (int cut = 0; cut <= link.length(); cut++) {
                checkDecode(link.substring(0, cut));
            }
            links++;
        }
        assertTrue(links > 10);
    }

    @Test
    void mutatedKeysAndValuesAreReportedAndTheRestStillOpens() {
        List<Field<?>> fields = Fields.all();
        for (int i = 0; i < MUTATED; i++) {
            String link = validLink();
            String[] parts = link.split("&", -1);
            StringBuilder sb = new StringBuilder();
            for (String part : parts) {
                sb.append(sb.length() == 0 ? "" : "&");
                int m = pick(10);
                if (m == 0) {
                    int eq = part.indexOf('=');
                    sb.append(part, 0, eq + 1).append(PAYLOADS[pick(PAYLOADS.length)]).append(part.substring(eq + 1));
                } else if (m == 1) {
                    sb.append(randomUnicode(1 + pick(6))).append('=').append(randomUnicode(pick(10)));
                } else if (m == 2) {
                    sb.append(part).append('&').append(part); // the key twice
                } else if (m == 3) {
                    sb.append(pick(fields).key()).append('=').append(randomUnicode(pick(12)));
                } else if (m == 4) {
                    sb.append(pick(fields).key()); // no '='
                } else if (m == 5) {
                    int cut = pick(part.length() + 1);
                    sb.append(part, 0, cut).append('%').append(randomChars(pick(3), "0123456789ABCDEFGg%"))
                            .append(part.substring(cut));
                } else {
                    sb.append(part);
                }
            }
            checkDecode(sb.toString());
        }
        assertEquals(MUTATED, checked);
    }

    @Test
    void hugeValuesAndHugeLinksAreCutWithANotice() {
        for (int i = 0; i < 200; i++) {
            Field<?> f = Fields.all().get(pick(Fields.all().size()));
            int size = 1000 + pick(120_000);
            String value = pick(2) == 0 ? randomChars(size, "0123456789,;|. e-") : randomChars(size, "a%3C>\"'");
            checkDecode("#v=1&" + f.key() + "=" + value);
        }
        // 100k-character links of many parts, and one beyond the limit
        StringBuilder many = new StringBuilder("v=1");
        while (many.length() < 100_000) {
            many.append('&').append(pick(Fields.all()).key()).append('=').append(randomUnicode(pick(8)));
        }
        checkDecode(many.toString());
        String over = "v=1&f=" + "x".repeat(LinkCodec.MAX_LENGTH + 5000);
        checkDecode(over);
        List<String> notices = LinkCodec.decode(over).notices();
        assertEquals("The link is too long (" + (over.length()) + " characters); only its first "
                + LinkCodec.MAX_LENGTH + " were read.", notices.get(0));
        StringBuilder repeated = new StringBuilder("v=1");
        for (int i = 0; i < 20_000; i++) {
            repeated.append("&lr=").append(i % 2 == 0 ? "0.5" : "<script>");
        }
        checkDecode(repeated.toString());
        assertEquals(LinkCodec.MAX_NOTICES + 1, LinkCodec.decode(repeated.toString()).notices().size());
    }

    @Test
    void hostilePayloadsBecomePlainNotices() {
        for (String p : PAYLOADS) {
            for (String link : new String[] {"#v=1&" + p + "=1", "#v=1&data=" + p, "#v=1&lr=" + p, "#v=" + p,
                "#" + p, "#v=1&hide=" + p, "#v=1&cmp=" + p + "&cmpv=" + p}) {
                checkDecode(link);
            }
        }
        LinkCodec.Decoded d = LinkCodec.decode("#v=1&data=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        assertEquals("xor_easy", d.state().get(Fields.DATA));
        assertTrue(d.notices().get(0).startsWith("Dataset: '\"><img src=x onerror=ale…' is not one of"),
                d.notices().get(0));
    }

    @Test
    void theGeneratedLinksNumberAtLeastFiftyThousandInAll() {
        // each test above asserts its own count; hostile payloads and huge values add a few hundred more
        assertTrue(ROUND_TRIPS + RANDOM + TRUNCATIONS + MUTATED >= 50_000);
    }
}
