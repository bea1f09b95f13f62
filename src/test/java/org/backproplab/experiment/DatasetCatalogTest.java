package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {
    private static final String TWO_BAD_ROWS = "x1,x2,label\n0,0,0\n0,abc,1\n1,1\n1,0,1\n";

    @Test
    void everyBadCsvRowIsListedWithItsLineNumber() {
        ExperimentState s = new ExperimentState().with(Fields.DATA, "csv").with(Fields.CSV, TWO_BAD_ROWS);
        assertEquals(List.of("line 3: 'abc' is not a number", "line 4: expected 3 values, found 2"),
                DatasetCatalog.problems(s));
    }

    @Test
    void aRejectedCsvChangeNamesAllItsProblems() {
        ExperimentState trial = new ExperimentState().with(Fields.DATA, "csv").with(Fields.CSV, TWO_BAD_ROWS);
        String message = DatasetCatalog.problemAfterChange(trial, Fields.CSV);
        assertEquals("CSV data — the previous data stay in use until these are fixed:\n"
                + "line 3: 'abc' is not a number\nline 4: expected 3 values, found 2", message);
    }

    @Test
    void csvRowsAreCheckedAgainstTheChosenTask() {
        ExperimentState xy = new ExperimentState().with(Fields.DATA, "csv_xy").with(Fields.CSV, "x,y\n0,1\n1,2\n");
        assertNull(DatasetCatalog.problemAfterChange(xy, Fields.CSV));
        assertEquals(2, DatasetCatalog.build(xy).size());
        ExperimentState labels = new ExperimentState().with(Fields.DATA, "csv").with(Fields.CSV, "x,y\n0,1\n1,2\n");
        assertEquals(List.of("line 1: the header has 2 columns, expected 3", "line 2: expected 3 values, found 2",
                "line 3: expected 3 values, found 2"), DatasetCatalog.problems(labels));
    }

    @Test
    void csvTextIsNotCheckedWhileAnotherDatasetIsChosen() {
        ExperimentState s = new ExperimentState().with(Fields.CSV, TWO_BAD_ROWS);
        assertNull(DatasetCatalog.problemAfterChange(s, Fields.CSV));
    }

    @Test
    void buildNamesTheFirstProblemAndCountsTheRest() {
        ExperimentState s = new ExperimentState().with(Fields.DATA, "csv").with(Fields.CSV, TWO_BAD_ROWS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetCatalog.build(s));
        assertEquals("CSV data: line 3: 'abc' is not a number (and 1 more problem)", e.getMessage());
    }

    @Test
    void emptyCsvAsksForRows() {
        ExperimentState s = new ExperimentState().with(Fields.DATA, "csv_xy");
        assertEquals(List.of("paste or upload rows of x,y"), DatasetCatalog.problems(s));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetCatalog.build(s));
        assertEquals("CSV data: paste or upload rows of x,y", e.getMessage());
    }

    @Test
    void manyBadRowsEndWithACountOfTheUnlisted() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            csv.append("0,0,z\n");
        }
        List<String> p = DatasetCatalog.problems(new ExperimentState().with(Fields.DATA, "csv").with(Fields.CSV,
                csv.toString()));
        assertEquals(21, p.size());
        assertEquals("line 20: 'z' is not a number", p.get(19));
        assertEquals("… and 5 more problems", p.get(20));
    }

    @Test
    void formulaWithoutFiniteValuesIsRejectedForTheChosenPointCount() {
        ExperimentState odd = new ExperimentState().with(Fields.DATA, "formula").with(Fields.POINTS, "5")
                .with(Fields.FORMULA, "1/x"); // 5 equally spaced points on [−1, 1] include x = 0
        assertEquals("Formula — the previous data stay in use until this is fixed:\n"
                + "the formula has no finite value at x = 0", DatasetCatalog.problemAfterChange(odd, Fields.FORMULA));
        ExperimentState even = odd.copy().with(Fields.POINTS, "4");
        assertNull(DatasetCatalog.problemAfterChange(even, Fields.POINTS));
    }

    @Test
    void formulaFieldRefusesWhatDoesNotParse() {
        ExperimentState s = new ExperimentState();
        String problem = s.set(Fields.FORMULA, "sinn(x)");
        assertTrue(problem.startsWith("Formula: column 1: "), problem);
        assertEquals("sin(pi*x)", s.get(Fields.FORMULA));
    }

    @Test
    void heldOutFractionsMustLeaveTrainingData() {
        ExperimentState s = new ExperimentState().with(Fields.VALIDATION, "0.5").with(Fields.TEST, "0.5");
        assertEquals("Test fraction: validation and test together must be less than the whole set",
                DatasetCatalog.problemAfterChange(s, Fields.TEST));
        assertNull(DatasetCatalog.problemAfterChange(s.copy().with(Fields.TEST, "0.4"), Fields.TEST));
    }
}
