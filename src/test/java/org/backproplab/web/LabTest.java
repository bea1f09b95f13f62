package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.text.Numbers;
import org.junit.jupiter.api.Test;

/** What the Train view's Lab hands the page, on the JVM: the same Java runs in the browser. */
class LabTest {
    private static Lab lab(String link) {
        Lab lab = new Lab();
        lab.loadLink(link);
        lab.reset();
        return lab;
    }

    /** The diverged identity network of issue 25: its output over the plane is huge or not a number at all. */
    @Test
    void aDivergedOutputIsWrittenShortUnderTheBoundary() {
        Lab lab = lab("#v=1&out=identity&loss=mse&opt=sgd&lr=50");
        while (!lab.stopped()) {
            lab.train(100);
        }
        double[] grid = lab.grid(20);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : grid) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        // The page's flat-output note of that plane: the whole caption once was a 158-digit number.
        assertEquals("diverged at epoch 79 — try a smaller learning rate", lab.status());
        assertTrue(lo > 1e150 && lo == hi, lo + " to " + hi);
        String note = lab.outputRangeNote(lo, hi);
        assertEquals("The output is " + Numbers.sci(lo, 2) + " over the whole plane: the network does not tell the"
                + " classes apart (yet).", note);
        assertTrue(note.startsWith("The output is 1.75e+157 over"), note);
        assertTrue(lab.outputRangeNote(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY).startsWith(
                "The output is ∞ over the whole plane"));
        assertEquals("The output is 0.50 (to 2 decimals) over the whole plane: the network does not tell the classes"
                + " apart (yet).", lab.outputRangeNote(0.5, 0.5001));
    }
}
