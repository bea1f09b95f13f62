package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void constantRateNeverChanges() {
        Schedule s = Schedule.constant(0.05);
        assertEquals(0.05, s.rate(0), 0);
        assertEquals(0.05, s.rate(123_456), 0);
    }

    @Test
    void stepDecayDropsByGammaAtEveryWholeInterval() {
        Schedule s = new Schedule(Schedule.Kind.STEP, 0.1, 0.5, 10);
        assertEquals(0.1, s.rate(0), 0);
        assertEquals(0.1, s.rate(9), 0);
        assertEquals(0.05, s.rate(10), 0);
        assertEquals(0.05, s.rate(19), 0);
        assertEquals(0.025, s.rate(20), 0);
        assertEquals(0.1 * Math.pow(0.5, 7), s.rate(75), 0); // powers of ½ are exact
    }

    @Test
    void exponentialDecayIsSmoothBetweenIntervals() {
        Schedule s = new Schedule(Schedule.Kind.EXPONENTIAL, 0.2, 0.1, 100);
        assertEquals(0.2, s.rate(0), 0);
        assertEquals(0.02, s.rate(100), 1e-17);
        assertEquals(0.2 * Math.pow(0.1, 0.5), s.rate(50), 1e-16);
        assertEquals(0.2 * Math.pow(0.1, 2.37), s.rate(237), 1e-17);
        for (int e = 1; e < 300; e++) {
            assertEquals(s.rate(e) * Math.pow(0.1, 0.01), s.rate(e + 1), 1e-15, "epoch " + e);
        }
    }

    @Test
    void refusesAnIntervalBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Schedule.Kind.STEP, 0.1, 0.5, 0));
    }
}
