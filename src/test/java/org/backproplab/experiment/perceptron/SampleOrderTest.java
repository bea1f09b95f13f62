package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleOrderTest {
    @Test
    void typedOrderVisitsTheNamedRows() {
        SampleOrder order = SampleOrder.parse(TruthTable.MAJORITY3, "100, 101 001\n010 000 011 110 111").value();
        assertEquals(TruthTable.MAJORITY3.defaultOrder(), order);
        assertEquals(8, order.size());
        assertEquals(TruthTable.MAJORITY3.rowOf("001"), order.row(2));
        assertNotEquals(SampleOrder.parse(TruthTable.MAJORITY3, "000 001 010 011 100 101 110 111").value(), order);
    }

    @Test
    void typedOrderMustNameEveryRowOnceWithTheRightWidth() {
        ParseResult<SampleOrder> parsed = SampleOrder.parse(TruthTable.MAJORITY3, "100 10 1x1\n101 100\n001 010 000 011");
        assertEquals(List.of(
                "line 1: '10' is not a row pattern of 3 zeros and ones",
                "line 1: '1x1' is not a row pattern of 3 zeros and ones",
                "line 2: row 100 is already in the order on line 1",
                "row 110 is missing from the order",
                "row 111 is missing from the order"), messages(parsed));
        assertEquals(0, parsed.errors().get(3).line());
        assertEquals(InputError.Kind.MISSING_ROW, parsed.errors().get(4).kind());
    }

    @Test
    void typedOrderRefusesRowsTheTableLacks() {
        TruthTable partial = TruthTable.parse("0 0 0\n1 1 1").value();
        assertEquals(List.of("line 1: the table has no row 01"), messages(SampleOrder.parse(partial, "11 01 00")));
        assertEquals("11 00", SampleOrder.parse(partial, "11 00").value().patterns());
    }

    @Test
    void orderOfRowIndicesMustBeAPermutation() {
        assertEquals("11 10 01 00", SampleOrder.of(TruthTable.AND, 3, 2, 1, 0).patterns());
        assertThrows(IllegalArgumentException.class, () -> SampleOrder.of(TruthTable.AND, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> SampleOrder.of(TruthTable.AND, 0, 1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> SampleOrder.of(TruthTable.AND, 0, 1, 2, 4));
    }

    @Test
    void anOrderFitsEveryTableWithTheSameRows() {
        SampleOrder reversed = SampleOrder.of(TruthTable.AND, 3, 2, 1, 0);
        PerceptronConfig xor = PerceptronConfig.of(TruthTable.XOR).withOrder(reversed);
        assertEquals("11 10 01 00", xor.order().patterns());
        TruthTable typed = TruthTable.parse("0 0 0\n1 1 1").value();
        assertThrows(IllegalArgumentException.class, () -> PerceptronConfig.of(typed).withOrder(reversed));
    }

    @Test
    void orderChangesTheTrajectory() {
        PerceptronConfig config = PerceptronConfig.of(TruthTable.MAJORITY3);
        PerceptronRun canonical = Perceptron.run(config);
        PerceptronRun counting = Perceptron.run(config.withOrder(
                SampleOrder.parse(TruthTable.MAJORITY3, "000 001 010 011 100 101 110 111").value()));
        assertTrue(counting.converged());
        assertNotEquals(canonical.logLine(1), counting.logLine(1));
    }

    private static List<String> messages(ParseResult<?> parsed) {
        List<String> messages = new ArrayList<>();
        for (InputError error : parsed.errors()) {
            messages.add(error.message());
        }
        return messages;
    }
}
