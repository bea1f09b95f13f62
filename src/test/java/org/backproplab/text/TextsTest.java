package org.backproplab.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The splitters that replace String.split's regular expressions give exactly what String.split gives. */
class TextsTest {
    private static final char[] ALPHABET = {'a', 'b', '1', ',', ',', ';', ';', ' ', ' ', '\t', '\n', '\u000B', '\f',
        '\r', '\u0001', '\u001C', '\u00A0', '\u2003', '=', '.'};

    @Test
    void splitOnACharacterIsStringSplitKeepingEmptyParts() {
        assertArrayEquals(new String[] {""}, Texts.split("", ','));
        assertArrayEquals(new String[] {"10", "10"}, Texts.split("10,10", ','));
        assertArrayEquals(new String[] {"", "a", "", ""}, Texts.split(",a,,", ','));
        Random random = new Random(29);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            assertArrayEquals(text.split(",", -1), Texts.split(text, ','), () -> "'" + text + "'");
        }
    }

    @Test
    void wordsAreTheNonEmptyPartsBetweenWhiteSpaceAndSemicolons() {
        assertEquals(List.of(), Texts.words(""));
        assertEquals(List.of("2.1=tanh", "3.1=gelu_tanh"), Texts.words(" 2.1=tanh ;\t3.1=gelu_tanh;"));
        Random random = new Random(26);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            List<String> expected = new ArrayList<>();
            for (String e : text.trim().split("[\\s;]+")) {
                if (!e.isEmpty()) {
                    expected.add(e);
                }
            }
            assertEquals(expected, Texts.words(text), () -> "'" + text + "'");
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
