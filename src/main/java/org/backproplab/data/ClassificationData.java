package org.backproplab.data;

import org.backproplab.engine.PortableMath;
import org.backproplab.engine.Rng;

/**
 * Two-input classification sets.
 *
 * <p>Coordinate conventions. The course lab sets ({@link #linear}, {@link #xorEasy}) and the boolean gates live
 * in the unit square [0,1]². The noisy synthetic shapes ({@link #circle}, {@link #twoGaussians},
 * {@link #spiral}, {@link #moons}) are centred on the origin: their clean shapes lie inside [−0.9,0.9]² and,
 * after noise, every coordinate is clamped to [−1,1] so that plots can use one fixed viewport.
 *
 * <p>Synthetic shapes alternate labels (row i has label i % 2), so the classes differ in size by at most one.
 * Each point draws its shape values and then two Gaussians for the noise, always — even when noise is 0 — so
 * one seed gives the same points at every noise level, only jittered more or less.
 */
public final class ClassificationData {
    /** Upper limit on generated points, to keep the browser responsive. */
    public static final int MAX_POINTS = 100_000;

    private ClassificationData() {
    }

    /**
     * The course lab set: n points uniform in [0,1]² (x1 then x2 from {@code rng.nextDouble()} per point),
     * label 1 where x1 &gt; x2, else 0.
     */
    public static Dataset linear(int n, Rng rng) {
        checkCount(n);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double x1 = rng.nextDouble();
            double x2 = rng.nextDouble();
            x[2 * i] = x1;
            x[2 * i + 1] = x2;
            labels[i] = x1 > x2 ? 1 : 0;
        }
        return Dataset.classification("linear", 2, x, labels, 2);
    }

    /**
     * The course's 21-point XOR: (0.1·i, 0.1·i) with label 0 for i = 0..10, then (0.1·i, 1 − 0.1·i) with label 1
     * for i = 0..10 except 5. Coordinates are computed exactly as the double expressions {@code 0.1 * i} and
     * {@code 1 - 0.1 * i}, so e.g. the fourth point is (0.30000000000000004, 0.30000000000000004).
     */
    public static Dataset xorEasy() {
        double[] x = new double[42];
        int[] labels = new int[21];
        int row = 0;
        for (int i = 0; i <= 10; i++) {
            x[2 * row] = 0.1 * i;
            x[2 * row + 1] = 0.1 * i;
            labels[row++] = 0;
        }
        for (int i = 0; i <= 10; i++) {
            if (i == 5) {
                continue; // (0.5, 0.5) lies on both diagonals
            }
            x[2 * row] = 0.1 * i;
            x[2 * row + 1] = 1 - 0.1 * i;
            labels[row++] = 1;
        }
        return Dataset.classification("xor-easy", 2, x, labels, 2);
    }

    /** AND on rows 00, 01, 10, 11. */
    public static Dataset and() {
        return gate("and", 0, 0, 0, 1);
    }

    /** OR on rows 00, 01, 10, 11. */
    public static Dataset or() {
        return gate("or", 0, 1, 1, 1);
    }

    /** NAND on rows 00, 01, 10, 11. */
    public static Dataset nand() {
        return gate("nand", 1, 1, 1, 0);
    }

    /** NOR on rows 00, 01, 10, 11. */
    public static Dataset nor() {
        return gate("nor", 1, 0, 0, 0);
    }

    /** XOR on rows 00, 01, 10, 11. */
    public static Dataset xor() {
        return gate("xor", 0, 1, 1, 0);
    }

    /** XNOR on rows 00, 01, 10, 11. */
    public static Dataset xnor() {
        return gate("xnor", 1, 0, 0, 1);
    }

    private static Dataset gate(String name, int l00, int l01, int l10, int l11) {
        double[] x = {0, 0, 0, 1, 1, 0, 1, 1};
        return Dataset.classification(name, 2, x, new int[] {l00, l01, l10, l11}, 2);
    }

    /** Three-input majority: 8 rows in binary counting order 000..111 (x1 is the high bit), label 1 if two or more inputs are 1. */
    public static Dataset majority3() {
        double[] x = new double[24];
        int[] labels = new int[8];
        for (int r = 0; r < 8; r++) {
            int a = (r >> 2) & 1;
            int b = (r >> 1) & 1;
            int c = r & 1;
            x[3 * r] = a;
            x[3 * r + 1] = b;
            x[3 * r + 2] = c;
            labels[r] = a + b + c >= 2 ? 1 : 0;
        }
        return Dataset.classification("majority3", 3, x, labels, 2);
    }

    /** Label 0: a disc of radius 0.35 around the origin; label 1: a ring with radii 0.6 to 0.9; both uniform by area. */
    public static Dataset circle(int n, double noise, Rng rng) {
        checkCount(n);
        checkNoise(noise);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double angle = 2 * Math.PI * rng.nextDouble();
            double u = rng.nextDouble();
            // sqrt makes the density uniform over the area instead of crowding the centre.
            double r = label == 0 ? 0.35 * Math.sqrt(u) : Math.sqrt(0.36 + u * (0.81 - 0.36));
            put(x, labels, i, label, r * PortableMath.cos(angle), r * PortableMath.sin(angle), noise, rng);
        }
        return Dataset.classification("circle", 2, x, labels, 2);
    }

    /** Two round Gaussian blobs (standard deviation 0.15) centred at (−0.5, −0.5) for label 0 and (0.5, 0.5) for label 1. */
    public static Dataset twoGaussians(int n, double noise, Rng rng) {
        checkCount(n);
        checkNoise(noise);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double centre = label == 0 ? -0.5 : 0.5;
            double gx = rng.nextGaussian();
            double gy = rng.nextGaussian();
            put(x, labels, i, label, centre + 0.15 * gx, centre + 0.15 * gy, noise, rng);
        }
        return Dataset.classification("two-gaussians", 2, x, labels, 2);
    }

    /**
     * Two interleaved Archimedean spiral arms of 1.75 turns, radius 0.08 to 0.9; label = arm. Points are spread
     * evenly along each arm rather than crowded at its centre.
     */
    public static Dataset spiral(int n, double noise, Rng rng) {
        checkCount(n);
        checkNoise(noise);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            // Arc length grows like t², so t = sqrt(u) gives roughly uniform density along the arm.
            double t = Math.sqrt(rng.nextDouble());
            double r = 0.08 + 0.82 * t;
            double angle = 1.75 * 2 * Math.PI * t + label * Math.PI;
            put(x, labels, i, label, r * PortableMath.cos(angle), r * PortableMath.sin(angle), noise, rng);
        }
        return Dataset.classification("spiral", 2, x, labels, 2);
    }

    /**
     * Two interlocking half-circles: label 0 is the upper moon, label 1 the lower one, scaled by 0.6 and centred
     * so both fit in [−0.9,0.9] × [−0.45,0.45].
     */
    public static Dataset moons(int n, double noise, Rng rng) {
        checkCount(n);
        checkNoise(noise);
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double angle = Math.PI * rng.nextDouble();
            double c = PortableMath.cos(angle);
            double s = PortableMath.sin(angle);
            // Unit-radius moons: upper (cos, sin), lower (1 − cos, 0.5 − sin); their joint box is [−1,2] × [−0.5,1].
            double mx = label == 0 ? c : 1 - c;
            double my = label == 0 ? s : 0.5 - s;
            put(x, labels, i, label, 0.6 * (mx - 0.5), 0.6 * (my - 0.25), noise, rng);
        }
        return Dataset.classification("moons", 2, x, labels, 2);
    }

    private static void put(double[] x, int[] labels, int i, int label, double px, double py, double noise,
            Rng rng) {
        double nx = rng.nextGaussian();
        double ny = rng.nextGaussian();
        x[2 * i] = clamp(px + noise * nx);
        x[2 * i + 1] = clamp(py + noise * ny);
        labels[i] = label;
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    static void checkCount(int n) {
        if (n < 1 || n > MAX_POINTS) {
            throw new IllegalArgumentException("number of points must be from 1 to " + MAX_POINTS + ": " + n);
        }
    }

    static void checkNoise(double noise) {
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be from 0 to 1");
        }
    }
}
