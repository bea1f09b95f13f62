package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDataTest {
    private static Dataset ok(String text, Task task) {
        DataResult r = CsvData.parse(text, task);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(0, r.errorCount());
        assertEquals(r.dataset().size(), r.goodRows());
        return r.dataset();
    }

    private static List<String> errors(String text, Task task) {
        DataResult r = CsvData.parse(text, task);
        assertFalse(r.ok());
        return r.errors();
    }

    @Test
    void readsAClassificationFile() {
        Dataset d = ok("0.1,0.2,1\n0.5,-0.4,0\n", Task.CLASSIFICATION);
        assertEquals(2, d.size());
        assertEquals(2, d.inputDim());
        assertArrayEquals(new double[] {0.1, 0.2, 0.5, -0.4}, d.xs());
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertEquals(2, d.numClasses());
        assertEquals("csv", d.name());
    }

    @Test
    void labelsAboveOneMakeAOneHotMulticlassSet() {
        Dataset d = ok("0,0,0\n1,0,2\n0,1,1\n1,1,2", Task.CLASSIFICATION);
        assertEquals(3, d.numClasses());
        assertEquals(3, d.outputDim());
        assertArrayEquals(new double[] {0, 0, 1}, new double[] {d.target(1, 0), d.target(1, 1), d.target(1, 2)});
    }

    @Test
    void aSingleClassFileStillHasTwoClasses() {
        assertEquals(2, ok("0,0,0\n1,1,0", Task.CLASSIFICATION).numClasses());
    }

    @Test
    void readsARegressionFileWithHeader() {
        DataResult r = CsvData.parse("x,y\n-1,1\n0,0\n1,1\n", Task.REGRESSION, "parabola.csv");
        Dataset d = r.dataset();
        assertEquals(Task.REGRESSION, d.task());
        assertEquals("parabola.csv", d.name());
        assertArrayEquals(new double[] {-1, 0, 1}, d.xs());
        assertArrayEquals(new double[] {1, 0, 1}, d.ys());
    }

    @Test
    void headerIsRecognisedOnlyWhenTheFirstRowHasNoNumber() {
        assertEquals(1, ok("x1, x2, label\n1,2,1", Task.CLASSIFICATION).size());
        assertEquals(1, ok("# comment first\n\n\"x\";\"y\"\n1;2", Task.REGRESSION).size());
        // A first row with numbers is data, so its bad value is reported rather than skipped.
        assertEquals(List.of("line 1: 'abc' is not a number"), errors("0.5,abc,1\n1,2,1", Task.CLASSIFICATION));
        // Only the first row can be a header.
        assertEquals(List.of("line 2: 'x' is not a number", "line 2: 'y' is not a number"),
                errors("1,2\nx,y", Task.REGRESSION));
    }

    @Test
    void skipsCommentsAndBlankLines() {
        Dataset d = ok("# my data\n\n0,0,0   # the origin\n   \n\t\n1,1,1\n# end", Task.CLASSIFICATION);
        assertArrayEquals(new int[] {0, 1}, d.labels());
    }

    @Test
    void acceptsSemicolonsTabsQuotesAndSpaces() {
        assertArrayEquals(new double[] {0.5, 0.25}, ok("0.5;0.25;1", Task.CLASSIFICATION).xs());
        assertArrayEquals(new double[] {0.5, 0.25}, ok("0.5\t0.25\t1", Task.CLASSIFICATION).xs());
        assertArrayEquals(new double[] {0.5, 0.25}, ok("  \"0.5\" ,  0.25 , \"1\"  ", Task.CLASSIFICATION).xs());
    }

    @Test
    void acceptsDecimalCommasOnlyWithOtherSeparators() {
        assertArrayEquals(new double[] {0.5, -1.25}, ok("0,5;-1,25;1", Task.CLASSIFICATION).xs());
        Dataset tabbed = ok("-1,5\t2,0", Task.REGRESSION);
        assertArrayEquals(new double[] {-1.5}, tabbed.xs());
        assertArrayEquals(new double[] {2.0}, tabbed.ys());
        assertEquals(List.of("line 1: expected 2 values, found 4"), errors("0,5,1,5", Task.REGRESSION));
    }

    @Test
    void acceptsAllLineEndingsAndAByteOrderMark() {
        assertEquals(3, ok("\uFEFF1,2\r\n3,4\r5,6\n", Task.REGRESSION).size());
        assertEquals(List.of("line 3: expected 2 values, found 1"), errors("1,2\r\n3,4\r\n5\r\n", Task.REGRESSION));
        assertEquals(List.of("line 3: expected 2 values, found 1"), errors("1,2\r3,4\r5", Task.REGRESSION));
    }

    @Test
    void reportsEachErrorKindWithItsLineNumber() {
        String text = String.join("\n",
                "x1,x2,label", // 1
                "0.1,0.2,0", // 2
                "# a comment", // 3
                "", // 4
                "0.3,0.4,1", // 5
                "0.5,0.6,1", // 6
                "0.7,0.8", // 7
                "0.9,1.0,0", // 8
                "abc,0.1,1", // 9
                "0.2,0.3,0", // 10
                "0.4,0.5,1", // 11
                "0.6,0.7,12"); // 12
        DataResult r = CsvData.parse(text, Task.CLASSIFICATION);
        assertEquals(List.of("line 7: expected 3 values, found 2", "line 9: 'abc' is not a number",
                "line 12: label must be a whole number from 0 to 9"), r.errors());
        assertEquals(3, r.errorCount());
        assertEquals(6, r.goodRows());
    }

    @Test
    void refusesNonFiniteAndJavaOnlyNumberSpellings() {
        assertEquals(List.of("line 1: 'NaN' is not a number", "line 2: 'Infinity' is not a number",
                "line 3: '-Infinity' is not a number", "line 4: '0x1p3' is not a number",
                "line 5: '1d' is not a number", "line 6: '1e999' is too large", "line 7: value 2 is empty"),
                errors("NaN,1\n1,Infinity\n-Infinity,0\n0x1p3,1\n1d,2\n1e999,3\n4,", Task.REGRESSION));
    }

    @Test
    void labelsMustBeWholeNumbersFromZeroToNine() {
        String msg = "label must be a whole number from 0 to 9";
        assertEquals(List.of("line 1: " + msg, "line 2: " + msg, "line 3: " + msg),
                errors("0,0,1.5\n0,0,-1\n0,0,10\n0,0,9\n0,0,1.0", Task.CLASSIFICATION));
        Dataset d = ok("0,0,9\n0,0,1.0\n0,0,-0", Task.CLASSIFICATION);
        assertArrayEquals(new int[] {9, 1, 0}, d.labels());
        assertEquals(10, d.numClasses());
    }

    @Test
    void reportsEveryInconsistentColumnCount() {
        assertEquals(List.of("line 1: the header has 2 columns, expected 3", "line 3: expected 3 values, found 4",
                "line 4: expected 3 values, found 1", "line 5: expected 3 values, found 2"),
                errors("x,y\n1,2,0\n1,2,0,4\n5\n1,2\n1,2,1", Task.CLASSIFICATION));
    }

    @Test
    void goodRowsAreCountedAmongBadOnes() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            sb.append(i % 2 == 0 ? "1,2\n" : "1,x\n");
        }
        DataResult r = CsvData.parse(sb.toString(), Task.REGRESSION);
        assertEquals(15, r.errors().size());
        assertEquals(15, r.errorCount());
        assertEquals(15, r.goodRows());
        assertEquals("line 29: 'x' is not a number", r.errors().get(14));
    }

    @Test
    void keepsTwentyMessagesButCountsAllErrors() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            many.append("1,x\n");
        }
        DataResult m = CsvData.parse(many.toString(), Task.REGRESSION);
        assertEquals(20, m.errors().size());
        assertEquals(30, m.errorCount());
        assertEquals("line 20: 'x' is not a number", m.errors().get(19));
    }

    @Test
    void capsRowsAt10000() {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < CsvData.MAX_ROWS; i++) {
            sb.append(i).append(",1\n");
        }
        assertEquals(10_000, ok(sb.toString(), Task.REGRESSION).size());
        sb.append("1,1\n1,1\n");
        DataResult r = CsvData.parse(sb.toString(), Task.REGRESSION);
        assertEquals(List.of("line 10002: more than 10000 data rows; the limit is 10000"), r.errors());
        assertEquals(10_000, r.goodRows());
    }

    @Test
    void theRowCapMessageShowsEvenAfterTwentyErrors() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= CsvData.MAX_ROWS; i++) {
            sb.append(i < 25 ? "1\n" : "1,1\n");
        }
        DataResult r = CsvData.parse(sb.toString(), Task.REGRESSION);
        assertEquals(20, r.errors().size());
        assertEquals("line 10001: more than 10000 data rows; the limit is 10000", r.errors().get(19));
        assertEquals(26, r.errorCount());
    }

    @Test
    void capsLinesAt1000Characters() {
        String longOk = "1," + "0".repeat(997) + "1"; // 1000 characters
        assertEquals(1000, longOk.length());
        assertEquals(1, ok(longOk, Task.REGRESSION).size());
        DataResult r = CsvData.parse("1,2\n" + longOk + "0\n3,4", Task.REGRESSION);
        assertEquals(List.of("line 2: line is longer than 1000 characters"), r.errors());
        assertEquals(2, r.goodRows());
    }

    @Test
    void anOverlongFirstLineDoesNotSpoilSeparatorDetection() {
        DataResult r = CsvData.parse("9;" + "9".repeat(1000) + "\nx;y\n1;2\n3;4", Task.REGRESSION);
        assertEquals(List.of("line 1: line is longer than 1000 characters"), r.errors());
        assertEquals(2, r.goodRows());
    }

    @Test
    void emptyInputHasNoRows() {
        assertEquals(List.of("no data rows found"), errors("", Task.REGRESSION));
        assertEquals(List.of("no data rows found"), errors("# nothing\n\n", Task.REGRESSION));
        assertEquals(List.of("no data rows found"), errors("x,y\n", Task.REGRESSION));
        assertEquals(List.of("no data rows found"), errors(null, Task.REGRESSION));
    }

    @Test
    void longBadValuesAreShortenedInMessages() {
        String junk = "a".repeat(50);
        assertEquals(List.of("line 1: '" + "a".repeat(20) + "…' is not a number"), errors("1," + junk, Task.REGRESSION));
    }
}
