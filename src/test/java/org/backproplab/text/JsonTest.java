package org.backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() throws Json.JsonError {
        Object v = Json.parse(" {\"a\": [1, -0.5e-3, 0, true, false, null], \"b\": \"x\\\"\\\\\\/\\n\\u00e9\\ud83d\\ude00\","
                + " \"c\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        List<?> a = (List<?>) m.get("a");
        assertEquals("-0.5e-3", ((Json.Number) a.get(1)).text());
        assertEquals(-0.5e-3, ((Json.Number) a.get(1)).value());
        assertEquals(Boolean.TRUE, a.get(3));
        assertEquals(Json.NULL, a.get(5));
        assertEquals("x\"\\/\né😀", m.get("b"));
        assertEquals(Map.of(), m.get("c"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((Json.Number) Json.parse("-0"))
                .value()));
    }

    @Test
    void refusesWhatIsNotStrictJsonAndSaysWhere() {
        String[] bad = {"", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "[01]", "[1.]", "[.5]", "[1e]", "[NaN]", "[Infinity]",
            "[+1]", "[\"a\nb\"]", "[\"\\x\"]", "[\"\\u12\"]", "{\"a\":1,\"a\":2}", "{\"a\" 1}", "[1] 2", "tru", "nul",
            "[1 2]", "{1:2}", "\"abc"};
        for (String b : bad) {
            Json.JsonError e = assertThrows(Json.JsonError.class, () -> Json.parse(b), b);
            assertTrue(e.getMessage().startsWith("not valid JSON at line ") || e.getMessage().contains("too large"),
                    e.getMessage());
        }
        assertEquals("not valid JSON at line 2, column 4: expected ']'", assertThrows(Json.JsonError.class,
                () -> Json.parse("[1,\n 2 3]")).getMessage());
        assertEquals("not valid JSON at line 1, column 33: nested more than 32 levels deep",
                assertThrows(Json.JsonError.class, () -> Json.parse("[".repeat(40) + "]".repeat(40))).getMessage());
    }

    @Test
    void writtenStringsReadBackExactly() throws Json.JsonError {
        String s = "quote\" backslash\\ tab\t nl\n cr\r nul\u0000 bell\u0007 sep\u2028 é 😀 </script>";
        StringBuilder out = new StringBuilder();
        Json.writeString(s, out);
        assertEquals(s, Json.parse(out.toString()));
        assertTrue(!out.toString().contains("\u0000") && !out.toString().contains("\n"));
    }
}
