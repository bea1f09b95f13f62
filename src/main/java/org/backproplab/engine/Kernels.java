package org.backproplab.engine;

/**
 * The three matrix products of a layer over a whole batch, register-blocked four by four.
 *
 * <p>Each output is one sum, taken in exactly the order of the one-sample-at-a-time loops of {@link Network}: s
 * starts at the bias and adds x_i·w_ij for i = 0, 1, …; a weight's gradient adds the batch's samples in batch order
 * to what it holds (0 at the batch's start, so a batch may come in several pieces); a back-propagated δ starts at 0
 * and adds w_ij·δ_j for j = 0, 1, …. Blocking only changes which sums run side by side (sixteen at once, each value
 * loaded once for four of them), never the order within a sum, so the bits are those of the one-sample path. Arrays
 * are row-major: a batch's rows one after another.
 *
 * <p>Each product is one method with its loops written out (TeaVM inlines only tiny methods), and the edges of
 * the blocks (a batch or a layer not a multiple of four) are done by the same sums, one row or one column at a time.
 */
final class Kernels {
    private Kernels() {
    }

    /**
     * s = [1, a]·w for m samples: {@code a} is m × nIn, {@code w} is (nIn + 1) × nOut with the biases in row 0,
     * {@code s} is m × nOut.
     */
    static void forward(double[] a, double[] w, double[] s, int m, int nIn, int nOut) {
        if (a.length == 0 || w.length == 0 || s.length == 0) { // never: TeaVM then fetches each array's storage once
            return;
        }
        int b = 0;
        for (; b + 4 <= m; b += 4) {
            int a0 = b * nIn;
            int a1 = a0 + nIn;
            int a2 = a1 + nIn;
            int a3 = a2 + nIn;
            int o0 = b * nOut;
            int o1 = o0 + nOut;
            int o2 = o1 + nOut;
            int o3 = o2 + nOut;
            int j = 0;
            for (; j + 4 <= nOut; j += 4) {
                double s00 = w[j];
                double s01 = w[j + 1];
                double s02 = w[j + 2];
                double s03 = w[j + 3];
                double s10 = s00;
                double s11 = s01;
                double s12 = s02;
                double s13 = s03;
                double s20 = s00;
                double s21 = s01;
                double s22 = s02;
                double s23 = s03;
                double s30 = s00;
                double s31 = s01;
                double s32 = s02;
                double s33 = s03;
                for (int i = 0, k = nOut + j; i < nIn; i++, k += nOut) {
                    double w0 = w[k];
                    double w1 = w[k + 1];
                    double w2 = w[k + 2];
                    double w3 = w[k + 3];
                    double x0 = a[a0 + i];
                    double x1 = a[a1 + i];
                    double x2 = a[a2 + i];
                    double x3 = a[a3 + i];
                    s00 += x0 * w0;
                    s01 += x0 * w1;
                    s02 += x0 * w2;
                    s03 += x0 * w3;
                    s10 += x1 * w0;
                    s11 += x1 * w1;
                    s12 += x1 * w2;
                    s13 += x1 * w3;
                    s20 += x2 * w0;
                    s21 += x2 * w1;
                    s22 += x2 * w2;
                    s23 += x2 * w3;
                    s30 += x3 * w0;
                    s31 += x3 * w1;
                    s32 += x3 * w2;
                    s33 += x3 * w3;
                }
                s[o0 + j] = s00;
                s[o0 + j + 1] = s01;
                s[o0 + j + 2] = s02;
                s[o0 + j + 3] = s03;
                s[o1 + j] = s10;
                s[o1 + j + 1] = s11;
                s[o1 + j + 2] = s12;
                s[o1 + j + 3] = s13;
                s[o2 + j] = s20;
                s[o2 + j + 1] = s21;
                s[o2 + j + 2] = s22;
                s[o2 + j + 3] = s23;
                s[o3 + j] = s30;
                s[o3 + j + 1] = s31;
                s[o3 + j + 2] = s32;
                s[o3 + j + 3] = s33;
            }
            for (; j < nOut; j++) { // the last columns, four samples at a time
                double s0 = w[j];
                double s1 = s0;
                double s2 = s0;
                double s3 = s0;
                for (int i = 0, k = nOut + j; i < nIn; i++, k += nOut) {
                    double wk = w[k];
                    s0 += a[a0 + i] * wk;
                    s1 += a[a1 + i] * wk;
                    s2 += a[a2 + i] * wk;
                    s3 += a[a3 + i] * wk;
                }
                s[o0 + j] = s0;
                s[o1 + j] = s1;
                s[o2 + j] = s2;
                s[o3 + j] = s3;
            }
        }
        for (; b < m; b++) { // the last samples, one at a time
            int a0 = b * nIn;
            int o0 = b * nOut;
            for (int j = 0; j < nOut; j++) {
                double sum = w[j];
                for (int i = 0, k = nOut + j; i < nIn; i++, k += nOut) {
                    sum += a[a0 + i] * w[k];
                }
                s[o0 + j] = sum;
            }
        }
    }

    /**
     * g += [1, a]ᵀ·d, each entry adding the m samples in order to what it holds: {@code a} is m × nIn, {@code d} is
     * m × nOut, {@code g} is (nIn + 1) × nOut; row 0 (the biases' gradients, Σ d) only with {@code bias}.
     */
    static void weightGradients(double[] a, double[] d, double[] g, int m, int nIn, int nOut, boolean bias) {
        if (a.length == 0 || d.length == 0 || g.length == 0) { // never: as in forward
            return;
        }
        if (bias) {
            for (int j = 0; j < nOut; j++) {
                double sum = g[j];
                for (int b = 0, k = j; b < m; b++, k += nOut) {
                    sum += d[k];
                }
                g[j] = sum;
            }
        }
        int i = 0;
        for (; i + 4 <= nIn; i += 4) {
            int r0 = (i + 1) * nOut;
            int r1 = r0 + nOut;
            int r2 = r1 + nOut;
            int r3 = r2 + nOut;
            int j = 0;
            for (; j + 4 <= nOut; j += 4) {
                double g00 = g[r0 + j];
                double g01 = g[r0 + j + 1];
                double g02 = g[r0 + j + 2];
                double g03 = g[r0 + j + 3];
                double g10 = g[r1 + j];
                double g11 = g[r1 + j + 1];
                double g12 = g[r1 + j + 2];
                double g13 = g[r1 + j + 3];
                double g20 = g[r2 + j];
                double g21 = g[r2 + j + 1];
                double g22 = g[r2 + j + 2];
                double g23 = g[r2 + j + 3];
                double g30 = g[r3 + j];
                double g31 = g[r3 + j + 1];
                double g32 = g[r3 + j + 2];
                double g33 = g[r3 + j + 3];
                for (int b = 0, p = i, q = j; b < m; b++) {
                    double x0 = a[p];
                    double x1 = a[p + 1];
                    double x2 = a[p + 2];
                    double x3 = a[p + 3];
                    double d0 = d[q];
                    double d1 = d[q + 1];
                    double d2 = d[q + 2];
                    double d3 = d[q + 3];
                    g00 += x0 * d0;
                    g01 += x0 * d1;
                    g02 += x0 * d2;
                    g03 += x0 * d3;
                    g10 += x1 * d0;
                    g11 += x1 * d1;
                    g12 += x1 * d2;
                    g13 += x1 * d3;
                    g20 += x2 * d0;
                    g21 += x2 * d1;
                    g22 += x2 * d2;
                    g23 += x2 * d3;
                    g30 += x3 * d0;
                    g31 += x3 * d1;
                    g32 += x3 * d2;
                    g33 += x3 * d3;
                    p += nIn; // the next sample's row (not in the header: see TeaVmArithmeticTest)
                    q += nOut;
                }
                g[r0 + j] = g00;
                g[r0 + j + 1] = g01;
                g[r0 + j + 2] = g02;
                g[r0 + j + 3] = g03;
                g[r1 + j] = g10;
                g[r1 + j + 1] = g11;
                g[r1 + j + 2] = g12;
                g[r1 + j + 3] = g13;
                g[r2 + j] = g20;
                g[r2 + j + 1] = g21;
                g[r2 + j + 2] = g22;
                g[r2 + j + 3] = g23;
                g[r3 + j] = g30;
                g[r3 + j + 1] = g31;
                g[r3 + j + 2] = g32;
                g[r3 + j + 3] = g33;
            }
            for (; j < nOut; j++) { // the last columns, four inputs at a time
                double g0 = g[r0 + j];
                double g1 = g[r1 + j];
                double g2 = g[r2 + j];
                double g3 = g[r3 + j];
                for (int b = 0, p = i, q = j; b < m; b++) {
                    double dq = d[q];
                    g0 += a[p] * dq;
                    g1 += a[p + 1] * dq;
                    g2 += a[p + 2] * dq;
                    g3 += a[p + 3] * dq;
                    p += nIn;
                    q += nOut;
                }
                g[r0 + j] = g0;
                g[r1 + j] = g1;
                g[r2 + j] = g2;
                g[r3 + j] = g3;
            }
        }
        for (; i < nIn; i++) { // the last inputs, one at a time
            int r0 = (i + 1) * nOut;
            for (int j = 0; j < nOut; j++) {
                double sum = g[r0 + j];
                for (int b = 0, p = i, q = j; b < m; b++) {
                    sum += a[p] * d[q];
                    p += nIn;
                    q += nOut;
                }
                g[r0 + j] = sum;
            }
        }
    }

    /**
     * p = d·wᵀ without w's bias row, for m samples: {@code d} is m × nOut, {@code w} is (nIn + 1) × nOut, {@code p}
     * is m × nIn (the δ of the layer below, before f′).
     */
    static void backDeltas(double[] w, double[] d, double[] p, int m, int nIn, int nOut) {
        if (w.length == 0 || d.length == 0 || p.length == 0) { // never: as in forward
            return;
        }
        int b = 0;
        for (; b + 4 <= m; b += 4) {
            int d0 = b * nOut;
            int d1 = d0 + nOut;
            int d2 = d1 + nOut;
            int d3 = d2 + nOut;
            int o0 = b * nIn;
            int o1 = o0 + nIn;
            int o2 = o1 + nIn;
            int o3 = o2 + nIn;
            int i = 0;
            for (; i + 4 <= nIn; i += 4) {
                int r0 = (i + 1) * nOut;
                int r1 = r0 + nOut;
                int r2 = r1 + nOut;
                int r3 = r2 + nOut;
                double p00 = 0;
                double p01 = 0;
                double p02 = 0;
                double p03 = 0;
                double p10 = 0;
                double p11 = 0;
                double p12 = 0;
                double p13 = 0;
                double p20 = 0;
                double p21 = 0;
                double p22 = 0;
                double p23 = 0;
                double p30 = 0;
                double p31 = 0;
                double p32 = 0;
                double p33 = 0;
                for (int j = 0; j < nOut; j++) {
                    double w0 = w[r0 + j];
                    double w1 = w[r1 + j];
                    double w2 = w[r2 + j];
                    double w3 = w[r3 + j];
                    double e0 = d[d0 + j];
                    double e1 = d[d1 + j];
                    double e2 = d[d2 + j];
                    double e3 = d[d3 + j];
                    p00 += w0 * e0;
                    p01 += w1 * e0;
                    p02 += w2 * e0;
                    p03 += w3 * e0;
                    p10 += w0 * e1;
                    p11 += w1 * e1;
                    p12 += w2 * e1;
                    p13 += w3 * e1;
                    p20 += w0 * e2;
                    p21 += w1 * e2;
                    p22 += w2 * e2;
                    p23 += w3 * e2;
                    p30 += w0 * e3;
                    p31 += w1 * e3;
                    p32 += w2 * e3;
                    p33 += w3 * e3;
                }
                p[o0 + i] = p00;
                p[o0 + i + 1] = p01;
                p[o0 + i + 2] = p02;
                p[o0 + i + 3] = p03;
                p[o1 + i] = p10;
                p[o1 + i + 1] = p11;
                p[o1 + i + 2] = p12;
                p[o1 + i + 3] = p13;
                p[o2 + i] = p20;
                p[o2 + i + 1] = p21;
                p[o2 + i + 2] = p22;
                p[o2 + i + 3] = p23;
                p[o3 + i] = p30;
                p[o3 + i + 1] = p31;
                p[o3 + i + 2] = p32;
                p[o3 + i + 3] = p33;
            }
            for (; i < nIn; i++) { // the last inputs, four samples at a time
                int r0 = (i + 1) * nOut;
                double p0 = 0;
                double p1 = 0;
                double p2 = 0;
                double p3 = 0;
                for (int j = 0; j < nOut; j++) {
                    double wj = w[r0 + j];
                    p0 += wj * d[d0 + j];
                    p1 += wj * d[d1 + j];
                    p2 += wj * d[d2 + j];
                    p3 += wj * d[d3 + j];
                }
                p[o0 + i] = p0;
                p[o1 + i] = p1;
                p[o2 + i] = p2;
                p[o3 + i] = p3;
            }
        }
        for (; b < m; b++) { // the last samples, one at a time
            int d0 = b * nOut;
            int o0 = b * nIn;
            for (int i = 0, r0 = nOut; i < nIn; i++, r0 += nOut) {
                double sum = 0;
                for (int j = 0; j < nOut; j++) {
                    sum += w[r0 + j] * d[d0 + j];
                }
                p[o0 + i] = sum;
            }
        }
    }
}
