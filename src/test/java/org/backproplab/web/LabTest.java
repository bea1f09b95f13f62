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

    /**
     * Issue 25: before divergence was caught at a loss 10¹² times the first, #v=1&out=identity&loss=mse&opt=sgd&lr=50
     * ran to epoch 79, where its output was 1.745e157 all over the plane; the note under the boundary printed it in
     * 158 digits. The same output from weights typed in (a bias of 1.745e157) now reads as 1.75e+157.
     */
    @Test
    void aHugeOutputIsWrittenShortUnderTheBoundary() {
        Lab lab = new Lab();
        for (String[] kv : new String[][] {{"h", ""}, {"out", "identity"}, {"loss", "mse"}, {"init", "explicit"},
            {"w", "1.745035483136839e157; 0; 0"}}) {
            assertEquals("", lab.set(kv[0], kv[1]), kv[0]);
        }
        assertEquals("", lab.reset());
        double[] grid = lab.grid(20);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : grid) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
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

    /** The run of that link stops as diverged, with the advice, and whatever its plane holds the note stays short. */
    @Test
    void theDivergedRunOfTheIssueSaysSoAndItsNoteIsShort() {
        Lab lab = new Lab();
        lab.loadLink("#v=1&out=identity&loss=mse&opt=sgd&lr=50");
        assertEquals("", lab.reset());
        while (!lab.stopped()) {
            lab.train(100);
        }
        assertTrue(lab.diverged() && lab.status().endsWith("— try a smaller learning rate"), lab.status());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : lab.grid(20)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        String note = lab.outputRangeNote(lo, hi);
        assertTrue(!note.matches(".*\\d{11}.*"), note);
    }

    @Test
    void aLiveSettingGoesOnFromTheWeightsAndABadOneKeepsTheRun() {
        Lab lab = new Lab();
        lab.loadLink("#v=2&data=moons&n=60&noise=0.1&h=6,6&act=tanh&batch=10&epochs=70&seed=5");
        lab.reset();
        lab.train(20);
        assertEquals("", lab.set("lr", "0.5"));
        assertTrue(lab.continued());
        assertEquals("Learning rate: 'fast' is not a number", lab.set("lr", "fast"));
        lab.train(3);
        assertEquals("", lab.set("opt", "adam"));
        assertEquals("", lab.set("lr", "0.01"));
        assertEquals(23, lab.epoch());
        assertEquals("v=2&data=moons&n=60&noise=0.1&h=6,6&act=tanh&batch=10&epochs=70&seed=5"
                + "&chg=20:lr:0.5,23:opt:adam,23:lr:0.01", lab.link());
        assertEquals("0.01", lab.get("lr"));
        assertEquals(4, lab.changeMarks().length);
        assertEquals("optimizer momentum → adam, η 0.5 → 0.01", lab.changeMarks()[3]);
        assertTrue(lab.statusLine().startsWith("Learning rate: 0.5 → 0.01 after epoch 23; training goes on"),
                lab.statusLine());
    }
}
