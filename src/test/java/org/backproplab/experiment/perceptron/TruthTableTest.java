package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruthTableTest {
    @Test
    void builtInsHoldTheirTruthFunctionsInCountingOrder() {
        assertTargets(TruthTable.AND, "00:0 01:0 10:0 11:1");
        assertTargets(TruthTable.OR, "00:0 01:1 10:1 11:1");
        assertTargets(TruthTable.NAND, "00:1 01:1 10:1 11:0");
        assertTargets(TruthTable.NOR, "00:1 01:0 10:0 11:0");
        assertTargets(TruthTable.XOR, "00:0 01:1 10:1 11:0");
        assertTargets(TruthTable.MAJORITY3, "000:0 001:0 010:0 011:1 100:0 101:1 110:1 111:1");
    }

    @Test
    void inputOneIsTheLeftmostDigitOfThePattern() {
        int row = TruthTable.MAJORITY3.rowOf("100");
        assertEquals(1, TruthTable.MAJORITY3.input(row, 1));
        assertEquals(0, TruthTable.MAJORITY3.input(row, 2));
        assertEquals(0, TruthTable.MAJORITY3.input(row, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> TruthTable.MAJORITY3.input(row, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> TruthTable.MAJORITY3.input(row, 4));
        assertEquals(-1, TruthTable.MAJORITY3.rowOf("10"));
        assertEquals(-1, TruthTable.MAJORITY3.rowOf("1a0"));
    }

    @Test
    void majorityVisitsTheCourseOrderAndTheGatesCountInBinary() {
        assertEquals("100 101 001 010 000 011 110 111", TruthTable.MAJORITY3.defaultOrder().patterns());
        assertEquals("00 01 10 11", TruthTable.XOR.defaultOrder().patterns());
    }

    @Test
    void builtInsAreFoundByNameIgnoringCase() {
        assertEquals(TruthTable.XOR, TruthTable.builtIn("xor").orElseThrow());
        assertEquals(TruthTable.MAJORITY3, TruthTable.builtIn(" Majority3 ").orElseThrow());
        assertTrue(TruthTable.builtIn("IMPLIES").isEmpty());
        assertEquals(6, TruthTable.builtIns().size());
    }

    @Test
    void typedTableAcceptsCommasCommentsHeaderAndAnyRowOrder() {
        String text = "x1, x2, t\r\n# OR, typed backwards\n1,1,1\n1 0 1   # a comment\n\n 0\t1 1\n0,0,0\n";
        ParseResult<TruthTable> parsed = TruthTable.parse(text);
        assertTrue(parsed.isOk(), () -> parsed.errors().toString());
        TruthTable table = parsed.value();
        assertEquals("custom", table.name());
        assertEquals(2, table.inputCount());
        assertTargets(table, "00:0 01:1 10:1 11:1");
        assertEquals("00 01 10 11", table.defaultOrder().patterns());
    }

    @Test
    void typedTableMayLeaveRowsOut() {
        TruthTable table = TruthTable.parse("0 0 1 0\n1 1 1 1").value();
        assertEquals(3, table.inputCount());
        assertTargets(table, "001:0 111:1");
    }

    @Test
    void typedTableErrorsCarryTheirLineNumbers() {
        String text = "0 0 0\n0 1 1\n1 0 2\n1 1\n0 1 0\n";
        ParseResult<TruthTable> parsed = TruthTable.parse(text);
        assertFalse(parsed.isOk());
        assertEquals(List.of(
                "line 3: expected 0 or 1, found '2'",
                "line 4: expected 3 columns like the first row, found 2",
                "line 5: inputs 01 were already given on line 2"), messages(parsed));
        InputError duplicate = parsed.errors().get(2);
        assertEquals(new InputError(5, InputError.Kind.DUPLICATE_ROW, "01", 2), duplicate);
        assertThrows(IllegalStateException.class, parsed::value);
    }

    @Test
    void typedTableRefusesNineInputsButTakesAllRowsOfEight() {
        assertEquals(List.of("line 1: at most 8 inputs are allowed, found 9"),
                messages(TruthTable.parse("0 0 0 0 0 0 0 0 0 1")));
        StringBuilder parity = new StringBuilder();
        for (int r = 0; r < 256; r++) {
            for (int bit = 7; bit >= 0; bit--) {
                parity.append((r >> bit) & 1).append(' ');
            }
            parity.append(Integer.bitCount(r) % 2).append('\n');
        }
        TruthTable table = TruthTable.parse(parity.toString()).value();
        assertEquals(TruthTable.MAX_ROWS, table.rowCount());
        assertEquals(1, table.target(table.rowOf("10000000")));
        assertEquals(0, table.target(table.rowOf("11000000")));
    }

    @Test
    void typedTableNeedsAnInputAndATarget() {
        assertEquals(List.of("line 2: a row needs at least one input and the target, found 1 column"),
                messages(TruthTable.parse("\n1\n")));
        assertEquals(List.of("the table has no rows"), messages(TruthTable.parse("  \n# nothing\n")));
        assertEquals(0, TruthTable.parse("").errors().get(0).line());
    }

    @Test
    void typedTableListsAtMostTwentyProblems() {
        String text = "2 2 2 2\n".repeat(30);
        List<InputError> errors = TruthTable.parse(text).errors();
        assertEquals(TruthTable.MAX_ERRORS, errors.size());
        assertEquals(1, errors.get(0).line());
        assertEquals(InputError.Kind.NOT_BINARY, errors.get(19).kind());
    }

    private static void assertTargets(TruthTable table, String rows) {
        List<String> actual = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            actual.add(table.pattern(row) + ":" + table.target(row));
        }
        assertEquals(rows, String.join(" ", actual), table.name());
    }

    private static List<String> messages(ParseResult<?> parsed) {
        List<String> messages = new ArrayList<>();
        for (InputError error : parsed.errors()) {
            messages.add(error.message());
        }
        return messages;
    }
}
