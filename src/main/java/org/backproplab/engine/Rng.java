package org.backproplab.engine;

/**
 * The one seeded random generator of Backprop Lab: xoshiro128** on 32-bit ints.
 *
 * <p>Why our own: {@code java.util.Random} is emulated differently under TeaVM, and ints are exact in both
 * HotSpot and JavaScript (TeaVM maps them to {@code |0} and {@code Math.imul}), so one seed gives the same
 * sequence everywhere. No {@code long} arithmetic: TeaVM emulates it slowly.
 */
public final class Rng {
    private int s0;
    private int s1;
    private int s2;
    private int s3;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    /** A generator whose whole future is fixed by {@code seed}. */
    public Rng(int seed) {
        // splitmix32 spreads one int over the 128-bit state so that nearby seeds give unrelated streams.
        int z = seed;
        z += 0x9E3779B9;
        s0 = mix(z);
        z += 0x9E3779B9;
        s1 = mix(z);
        z += 0x9E3779B9;
        s2 = mix(z);
        z += 0x9E3779B9;
        s3 = mix(z);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // the all-zero state is the one state xoshiro never leaves
        }
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x21F0AAAD;
        z = (z ^ (z >>> 15)) * 0x735A2D97;
        return z ^ (z >>> 15);
    }

    /** The next 32 uniformly random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** A uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int limit = bound - 1;
        int u = nextInt() >>> 1;
        int r = u % bound;
        while (u - r + limit < 0) { // u fell in the last, incomplete block of size bound
            u = nextInt() >>> 1;
            r = u % bound;
        }
        return r;
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        int hi = nextInt() >>> 6; // 26 bits
        int lo = nextInt() >>> 5; // 27 bits
        return (hi * 134217728.0 + lo) * 0x1.0p-53;
    }

    /** A uniform double in [a, b). */
    public double uniform(double a, double b) {
        return a + (b - a) * nextDouble();
    }

    /**
     * A standard normal deviate by Marsaglia's polar method: it needs only log and sqrt, both of which are
     * exact to the bit on every platform here (sqrt is IEEE-rounded, log is {@link PortableMath#log}).
     */
    public double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * PortableMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    /** Shuffles {@code order} in place (Fisher–Yates). */
    public void shuffle(int[] order) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
