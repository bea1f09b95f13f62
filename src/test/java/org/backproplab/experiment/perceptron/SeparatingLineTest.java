package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class SeparatingLineTest {
    @Test
    void diagonalLineEndsOnTheLowerAndLeftEdges() {
        // x1 + x2 = 0.5 meets x1 = -0.25 at x2 = 0.75 and x2 = -0.25 at x1 = 0.75.
        assertEquals(Optional.of(new SeparatingLine(-0.25, 0.75, 0.75, -0.25)), SeparatingLine.of(-0.5, 1, 1));
    }

    @Test
    void steepLineIsSolvedForX1() {
        // 2·x1 + x2 = 1 meets x2 = 1.25 at x1 = -0.125 and x2 = -0.25 at x1 = 0.625.
        assertEquals(Optional.of(new SeparatingLine(-0.125, 1.25, 0.625, -0.25)), SeparatingLine.of(-1, 2, 1));
    }

    @Test
    void axisParallelLinesSpanTheWholeBox() {
        assertEquals(Optional.of(new SeparatingLine(0.5, -0.25, 0.5, 1.25)), SeparatingLine.of(-0.5, 1, 0));
        assertEquals(Optional.of(new SeparatingLine(-0.25, 0.25, 1.25, 0.25)), SeparatingLine.of(-0.5, 0, 2));
    }

    @Test
    void noLineWithoutInputWeightsOrOutsideTheBox() {
        assertTrue(SeparatingLine.of(1, 0, 0).isEmpty());
        assertTrue(SeparatingLine.of(0, 0, 0).isEmpty());
        assertTrue(SeparatingLine.of(-10, 1, 1).isEmpty());
        assertTrue(SeparatingLine.of(-2, 1, 0).isEmpty());
        assertTrue(SeparatingLine.of(0.5, 1, 1).isEmpty(), "touches only the corner (-0.25, -0.25)");
    }

    @Test
    void endpointsLieOnTheLineAndOnTheBoxEdge() {
        Rng rng = new Rng(5);
        int drawn = 0;
        for (int i = 0; i < 5000; i++) {
            double w0 = rng.uniform(-2, 2);
            double w1 = rng.uniform(-2, 2);
            double w2 = rng.uniform(-2, 2);
            Optional<SeparatingLine> line = SeparatingLine.of(w0, w1, w2);
            if (line.isEmpty()) {
                continue;
            }
            drawn++;
            SeparatingLine l = line.get();
            String context = w0 + " " + w1 + " " + w2 + " -> " + l;
            assertTrue(l.x1Start() <= l.x1End(), context);
            for (double[] p : new double[][] {{l.x1Start(), l.x2Start()}, {l.x1End(), l.x2End()}}) {
                assertEquals(0, w0 + w1 * p[0] + w2 * p[1], 1e-12, context);
                assertTrue(onEdge(p[0]) || onEdge(p[1]), context);
                assertTrue(inBox(p[0]) && inBox(p[1]), context);
            }
        }
        assertTrue(drawn > 1000, "lines drawn: " + drawn);
    }

    private static boolean onEdge(double v) {
        return Math.abs(v - SeparatingLine.BOX_MIN) < 1e-12 || Math.abs(v - SeparatingLine.BOX_MAX) < 1e-12;
    }

    private static boolean inBox(double v) {
        return v >= SeparatingLine.BOX_MIN && v <= SeparatingLine.BOX_MAX;
    }
}
