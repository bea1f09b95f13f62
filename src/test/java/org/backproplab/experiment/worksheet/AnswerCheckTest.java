package org.backproplab.experiment.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Answer first": the decimals rule on the W1 worked example, and the quiz over one step. */
class AnswerCheckTest {
    private static final Map<String, Cell> W1 = WorksheetGoldenTest.cells(
            WorksheetGoldenTest.firstStep("w1", BiasConvention.ROW0));

    private static String mark(String typed, String key) {
        return AnswerCheck.check(typed, W1.get(key).value()).text();
    }

    @Test
    void theW1ValuesAreTheOnesTheRuleIsPinnedOn() {
        assertEquals("0.700000", W1.get("s:1:1").text());
        assertEquals("0.604368", W1.get("x:1:1").text());
        assertEquals(Math.tanh(0.7), W1.get("x:1:1").value(), 1e-15);
    }

    @Test
    void anAnswerIsRightToTheDecimalsTyped() {
        assertEquals("✓ to 1 decimal", mark("0.6", "x:1:1"));
        assertEquals("✓ to 3 decimals", mark("0.604", "x:1:1"));
        assertEquals("✓ to 4 decimals", mark("0.6044", "x:1:1"));
        assertEquals("✓ to 6 decimals", mark("0.604368", "x:1:1"));
        assertEquals("✓ to 1 decimal", mark("0.7", "s:1:1"));
        assertEquals("✓ to 0 decimals", mark("1", "x:1:1"), "0.604… is 1 to the nearest whole number");
    }

    @Test
    void anAnswerOffByMoreThanHalfItsLastDigitIsWrong() {
        assertEquals("✗", mark("0.605", "x:1:1"));
        assertEquals("✗", mark("0.6043", "x:1:1"), "cut off, not rounded: 0.604368 rounds to 0.6044");
        assertEquals("✗", mark("0.5", "x:1:1"));
        assertEquals("✗", mark("-0.604", "x:1:1"));
        assertEquals("✗", mark("0.604367", "x:1:1"));
    }

    @Test
    void textThatIsNotANumberSaysSo() {
        assertEquals("✗ not a number", mark("abc", "x:1:1"));
        assertEquals("✗ not a number", mark("0,604", "x:1:1"));
        assertEquals("✗ not a number", mark("NaN", "x:1:1"));
        assertEquals("✗ not a number", mark("<b>1</b>", "x:1:1"));
    }

    @Test
    void scientificNotationIsJudgedAtItsLastDigitAndToldInSignificantDigits() {
        assertEquals("✓ to 3 significant digits", mark("6.04e-1", "x:1:1"));
        assertEquals("✓ to 1 significant digit", mark("6e-1", "x:1:1"));
        assertEquals("✗", mark("6.05e-1", "x:1:1"));
        assertEquals("✓ to 2 significant digits", mark("7.0E-1", "s:1:1"));
    }

    @Test
    void moreDigitsThanTheWorksheetShowsAreJudgedToItsSixDecimals() {
        // the exact value is 0.60436777…: a student who rounded earlier steps may be off in the 8th decimal
        assertEquals("✓ to 6 decimals", mark("0.60436800", "x:1:1"));
        assertEquals("✓ to 6 decimals", mark("0.6043678", "x:1:1"));
    }

    @Test
    void theTypographicMinusAndALeadingPlusAreNumbers() {
        double negative = -W1.get("x:1:1").value();
        assertEquals("✓ to 3 decimals", AnswerCheck.check("−0.604", negative).text());
        assertEquals("✓ to 3 decimals", AnswerCheck.check(" +0.604 ", W1.get("x:1:1").value()).text());
    }

    @Test
    void theSlackForEarlierRoundingIsTiny() {
        // exactly half a unit of the last digit is still right; a billionth of the value more is too; beyond, wrong
        assertTrue(AnswerCheck.check("0.5", 0.55).right(), "the double 0.55 is 0.55000000000000004…: the slack covers it");
        assertTrue(AnswerCheck.check("2", 2.5).right(), "|2 − 2.5| = ½");
        assertTrue(AnswerCheck.check("2", 2.5 + 2e-9).right(), "within 10⁻⁹ of 2.5");
        assertFalse(AnswerCheck.check("2", 2.5 + 1e-8).right());
    }

    @Test
    void aDivergedNumberIsRightWhenWrittenAsShown() {
        assertEquals("✓", AnswerCheck.check("inf", Double.POSITIVE_INFINITY).text());
        assertEquals("✓", AnswerCheck.check("∞", Double.POSITIVE_INFINITY).text()); // as the worksheet shows it
        assertEquals("✓", AnswerCheck.check("−∞", Double.NEGATIVE_INFINITY).text());
        assertEquals("✓", AnswerCheck.check("NaN", Double.NaN).text());
        assertEquals("✗", AnswerCheck.check("1e300", Double.POSITIVE_INFINITY).text());
        assertEquals("✗ not a number", AnswerCheck.check("x", Double.NaN).text());
    }

    @Test
    void aQuizAsksEveryComputedQuantityOnceAndNeverAGivenNumber() {
        WorksheetStep step = WorksheetGoldenTest.firstStep("w1", BiasConvention.ROW0);
        Quiz quiz = new Quiz(step);
        assertTrue(quiz.asks(W1.get("x:1:1")));
        assertTrue(quiz.asks(W1.get("E")));
        assertFalse(quiz.asks(W1.get("W:1:0:1")), "a weight is given");
        assertTrue(quiz.asks(W1.get("new:W:1:0:1")), "an updated weight is computed");
        int asked = 0;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Section section : step.sections()) {
            for (Table table : section.tables()) {
                for (Row row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (cell.result()) {
                            assertTrue(quiz.asks(cell), cell.key());
                            keys.add(cell.key());
                        }
                        if (quiz.asks(cell)) {
                            asked++;
                        }
                        if (cell.kind() == Cell.Kind.BIAS) {
                            assertFalse(quiz.asks(cell), "the bias 1 is given");
                        }
                    }
                }
            }
        }
        assertEquals(keys.size(), quiz.questions());
        assertTrue(asked >= quiz.questions(), asked + " cells");
        assertEquals("0 of " + quiz.questions() + " right", quiz.score());
    }

    @Test
    void aQuizCountsRightAnswersAndKeepsThemWhenTheAnswersAreShown() {
        Quiz quiz = new Quiz(WorksheetGoldenTest.firstStep("w1", BiasConvention.ROW0));
        int n = quiz.questions();
        assertEquals("✓ to 3 decimals", quiz.answer("x:1:1", "0.604").text());
        assertEquals("✗", quiz.answer("s:1:1", "0.8").text());
        assertEquals("1 of " + n + " right", quiz.score());
        assertEquals("✓ to 1 decimal", quiz.answer("s:1:1", "0.7").text(), "a second try replaces the first");
        assertEquals("2 of " + n + " right", quiz.score());
        assertNull(quiz.answer("s:1:1", "  "), "blank takes the answer back");
        assertEquals("1 of " + n + " right", quiz.score());
        assertNull(quiz.answer("W:1:0:1", "0.1"), "a given number is not a question");
        assertNull(quiz.answer("nonsense", "1"));
        quiz.reveal();
        assertFalse(quiz.asks(W1.get("x:1:1")));
        assertEquals("1 of " + n + " right", quiz.score());
        assertEquals("0.604", quiz.typed("x:1:1"));
    }
}
