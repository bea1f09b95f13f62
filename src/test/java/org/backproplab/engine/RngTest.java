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
    void firstOutputsArePinnedToAnIndependentXoshiro128StarStar() {
        // Pinned, since any change to the generator silently changes every shared link. Expected values from a
        // separate Python implementation of the published xoshiro128** step (Blackman and Vigna), seeded as Rng is:
        // four 32-bit words mixed from seed + k·0x9E3779B9, k = 1…4. Written as unsigned 32-bit numbers.
        long[][] expected = {
            {1789933344L, 44971166L, 2521387044L, 3848737593L, 1138324114L, 749234105L, 1899511038L, 1995189375L},
            {393288148L, 2174103013L, 3814759091L, 2092745082L, 1865176206L, 2179171167L, 3207394750L, 2858353069L},
        };
        for (int seed = 0; seed < expected.length; seed++) {
            Rng r = new Rng(seed);
            for (int i = 0; i < expected[seed].length; i++) {
                assertEquals(expected[seed][i], Integer.toUnsignedLong(r.nextInt()), "seed " + seed + ", output " + i);
            }
        }
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
