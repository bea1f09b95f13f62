package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RngTest {
    @Test
    void sameSeedGivesSameSequence() {
        Rng a = new Rng(42);
        Rng b = new Rng(42);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextInt(), b.nextInt());
        }
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(new Rng(1).nextInt(), new Rng(2).nextInt());
    }

    @Test
    void firstOutputsArePinned() {
        // Pinned so that any change to the generator (which would silently change every shared link) fails here.
        Rng r = new Rng(0);
        int[] got = {r.nextInt(), r.nextInt(), r.nextInt()};
        Rng again = new Rng(0);
        for (int g : got) {
            assertEquals(g, again.nextInt());
        }
        // xoshiro128** reference: result = rotl(s1 * 5, 7) * 9 computed by hand from the splitmix32 state.
        Rng s = new Rng(0);
        int z = 0x9E3779B9;
        int[] st = new int[4];
        for (int i = 0; i < 4; i++) {
            int m = (z ^ (z >>> 16)) * 0x21F0AAAD;
            m = (m ^ (m >>> 15)) * 0x735A2D97;
            st[i] = m ^ (m >>> 15);
            z += 0x9E3779B9;
        }
        assertEquals(Integer.rotateLeft(st[1] * 5, 7) * 9, s.nextInt());
    }

    @Test
    void doublesAreInUnitIntervalWithSensibleMean() {
        Rng r = new Rng(7);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double d = r.nextDouble();
            assertTrue(d >= 0 && d < 1);
            sum += d;
        }
        assertEquals(0.5, sum / n, 0.005);
    }

    @Test
    void boundedIntsAreUniform() {
        Rng r = new Rng(3);
        int[] counts = new int[7];
        int n = 70_000;
        for (int i = 0; i < n; i++) {
            counts[r.nextInt(7)]++;
        }
        for (int c : counts) {
            assertEquals(10_000, c, 400);
        }
    }

    @Test
    void gaussianHasUnitVariance() {
        Rng r = new Rng(11);
        double sum = 0;
        double sq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sq += g * g;
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sq / n, 0.01);
    }

    @Test
    void shuffleIsAPermutation() {
        int[] order = new int[50];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        new Rng(5).shuffle(order);
        boolean[] seen = new boolean[50];
        for (int i : order) {
            seen[i] = true;
        }
        for (boolean b : seen) {
            assertTrue(b);
        }
    }
}
