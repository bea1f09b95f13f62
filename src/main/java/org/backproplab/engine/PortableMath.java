package org.backproplab.engine;

/**
 * Elementary functions that give the same bits on HotSpot and in TeaVM-generated JavaScript.
 *
 * <p>Why this class exists: a shared experiment must reproduce bit for bit in the browser, but JavaScript's
 * {@code Math} functions are only "implementation-approximated" (engines and engine versions differ from each other
 * and from the JDK in the last bits), and TeaVM implements the JDK's strict math class with them. Everything here is
 * therefore computed with operations that IEEE 754 pins down exactly on every platform: double {@code + - * /},
 * {@link Math#sqrt}, {@link Math#abs}, {@link Math#floor}, comparisons and {@code int} arithmetic. No {@code long},
 * no bit reinterpretation, no fused multiply-add (JavaScript has none, and HotSpot never contracts on its own).
 *
 * <p>The algorithms and polynomial coefficients are those published with Sun's fdlibm 5.3, which is also what the
 * JDK's strict math library uses; the high-word bit tests of the C original are replaced by comparisons against
 * exactly equivalent double thresholds, and exponent-field arithmetic by multiplication with exact powers of two.
 * In sweeps of millions of inputs expm1, log, log1p and tanh matched the JDK's strict results to the bit, as
 * did sin and cos below about 8.2e5; beyond that sin and cos stay within one ulp (their large-argument reduction is
 * our own). exp, the one function every sigmoid unit calls, uses Tang's table method instead, for speed: within
 * 0.8 ulp, and correctly rounded on 96 % of 30 000 sampled inputs where fdlibm's is on 90.5 %. PortableMathTest
 * pins these bounds.
 *
 * <p>TeaVM 0.15 caveat, which shapes several expressions below: its JavaScript printer drops the parentheses of a
 * right operand of the same precedence for {@code +} and {@code *}, so Java's {@code a + (b - c)} comes out as
 * {@code a+b-c} and {@code a * (b / c)} as {@code a*b/c}, which JavaScript groups as {@code (a+b)-c} and
 * {@code (a*b)/c}: different roundings. Single-use locals and small methods are inlined first, so this applies to
 * them as well. Hence compound sums and products are kept on the left ({@code (b - c) + a}, {@code b / c * a}, both
 * exactly equal since IEEE addition and multiplication commute) and error terms that must be added are subtracted
 * in negated form ({@code a - (c - b)}); subtraction and division keep their parentheses.
 *
 * <p>exp, expm1 and tanh sit in the training loop, so they allocate nothing, throw nothing and use only doubles,
 * ints and one table lookup.
 */
public final class PortableMath {
    private PortableMath() {
    }

    // ---- powers of two ----------------------------------------------------------------------------------------------

    /** Index of 2^0 in {@link #POW2}; the table covers 2^-1074 .. 2^1023. */
    private static final int POW2_BIAS = 1074;

    /** Exact powers of two, so that scaling by 2^k is one multiplication instead of exponent-field surgery. */
    private static final double[] POW2 = buildPowersOfTwo();

    private static double[] buildPowersOfTwo() {
        double[] table = new double[POW2_BIAS + 1024];
        double p = 1.0;
        for (int i = 0; i <= 1023; i++) {
            table[POW2_BIAS + i] = p;
            p *= 2.0; // doubling and halving a power of two is exact down to 2^-1074
        }
        p = 1.0;
        for (int i = 1; i <= POW2_BIAS; i++) {
            p *= 0.5;
            table[POW2_BIAS - i] = p;
        }
        return table;
    }

    // ---- shared constants (fdlibm) ----------------------------------------------------------------------------------

    /** ln2 split so that k*LN2_HI is exact for |k| below 2^21 (LN2_HI has 32 significant bits). */
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INV_LN2 = 0x1.71547652b82fep0;

    /** exp(x) overflows above this and underflows to zero below U_THRESHOLD. */
    private static final double O_THRESHOLD = 0x1.62e42fefa39efp9;
    private static final double U_THRESHOLD = -0x1.74910d52d3051p9;

    /** |x| thresholds of the C code's high-word tests, as doubles: 0.5*ln2 and 1.5*ln2 (rounded up). */
    private static final double HALF_LN2_BOUND = 0x1.62e43p-2;
    private static final double THREE_HALF_LN2_BOUND = 0x1.0a2b2p0;

    /** Remez coefficients of exp's R(r^2) on [0, 0.5*ln2]; the polynomial error is below 2^-59. */
    private static final double P1 = 0x1.555555555553ep-3;
    private static final double P2 = -0x1.6c16c16bebd93p-9;
    private static final double P3 = 0x1.1566aaf25de2cp-14;
    private static final double P4 = -0x1.bbd41c5d26bf1p-20;
    private static final double P5 = 0x1.6376972bea4dp-25;

    /** Scaled Remez coefficients of expm1's R1(r^2) on [0, 0.347]; error below 2^-61. */
    private static final double Q1 = -0x1.11111111110f4p-5;
    private static final double Q2 = 0x1.a01a019fe5585p-10;
    private static final double Q3 = -0x1.4ce199eaadbb7p-14;
    private static final double Q4 = 0x1.0cfca86e65239p-18;
    private static final double Q5 = -0x1.afdb76e09c32dp-23;

    /** Remez coefficients of log's R(s^2), s = f/(2+f) in [0, 0.1716]; error below 2^-58.45. */
    private static final double LG1 = 0x1.5555555555593p-1;
    private static final double LG2 = 0x1.999999997fa04p-2;
    private static final double LG3 = 0x1.2492494229359p-2;
    private static final double LG4 = 0x1.c71c51d8e78afp-3;
    private static final double LG5 = 0x1.7466496cb03dep-3;
    private static final double LG6 = 0x1.39a09d078c69fp-3;
    private static final double LG7 = 0x1.2f112df3e5244p-3;

    /** 2^27 + 1: Dekker's splitter, cuts a double into two 26-bit halves whose products are exact. */
    private static final double SPLITTER = 134217729.0;

    // ---- exp family -------------------------------------------------------------------------------------------------

    /** Below this |x| exp takes the table path (its results stay normal, so the scaling is exact). */
    private static final double FAST_EXP_LIMIT = 708;
    /** 1.5·2^52: adding it rounds a double of magnitude below 2^51 to an integer (ties to even). */
    private static final double ROUNDING_SHIFT = 0x1.8p52;
    private static final double INV_3_FACTORIAL = 1.0 / 6;
    private static final double INV_4_FACTORIAL = 1.0 / 24;
    /** 256/ln 2 rounded. */
    private static final double INV_LN2_256 = 0x1.71547652b82fep+8;
    /** ln 2 / 256 split so that k·LN2_256_HI is exact for the k that occur (|k| < 2^18): the leading 32 bits… */
    private static final double LN2_256_HI = 0x1.62e42feep-9;
    /** …and the rest (fdlibm's ln2 split, divided by 256). */
    private static final double LN2_256_LO = 0x1.a39ef35793c76p-41;
    /** 2^(j/256) rounded to double, j = 0…255 (computed to 80 digits with Python's decimal module). */
    private static final double[] EXP2_256_HI = {
        0x1.0000000000000p+0, 0x1.00b1afa5abcbfp+0, 0x1.0163da9fb3335p+0,
        0x1.02168143b0281p+0, 0x1.02c9a3e778061p+0, 0x1.037d42e11bbccp+0,
        0x1.04315e86e7f85p+0, 0x1.04e5f72f654b1p+0, 0x1.059b0d3158574p+0,
        0x1.0650a0e3c1f89p+0, 0x1.0706b29ddf6dep+0, 0x1.07bd42b72a836p+0,
        0x1.0874518759bc8p+0, 0x1.092bdf66607e0p+0, 0x1.09e3ecac6f383p+0,
        0x1.0a9c79b1f3919p+0, 0x1.0b5586cf9890fp+0, 0x1.0c0f145e46c85p+0,
        0x1.0cc922b7247f7p+0, 0x1.0d83b23395decp+0, 0x1.0e3ec32d3d1a2p+0,
        0x1.0efa55fdfa9c5p+0, 0x1.0fb66affed31bp+0, 0x1.1073028d7233ep+0,
        0x1.11301d0125b51p+0, 0x1.11edbab5e2ab6p+0, 0x1.12abdc06c31ccp+0,
        0x1.136a814f204abp+0, 0x1.1429aaea92de0p+0, 0x1.14e95934f312ep+0,
        0x1.15a98c8a58e51p+0, 0x1.166a45471c3c2p+0, 0x1.172b83c7d517bp+0,
        0x1.17ed48695bbc0p+0, 0x1.18af9388c8deap+0, 0x1.1972658375d2fp+0,
        0x1.1a35beb6fcb75p+0, 0x1.1af99f8138a1cp+0, 0x1.1bbe084045cd4p+0,
        0x1.1c82f95281c6bp+0, 0x1.1d4873168b9aap+0, 0x1.1e0e75eb44027p+0,
        0x1.1ed5022fcd91dp+0, 0x1.1f9c18438ce4dp+0, 0x1.2063b88628cd6p+0,
        0x1.212be3578a819p+0, 0x1.21f49917ddc96p+0, 0x1.22bdda27912d1p+0,
        0x1.2387a6e756238p+0, 0x1.2451ffb82140ap+0, 0x1.251ce4fb2a63fp+0,
        0x1.25e85711ece75p+0, 0x1.26b4565e27cddp+0, 0x1.2780e341ddf29p+0,
        0x1.284dfe1f56381p+0, 0x1.291ba7591bb70p+0, 0x1.29e9df51fdee1p+0,
        0x1.2ab8a66d10f13p+0, 0x1.2b87fd0dad990p+0, 0x1.2c57e39771b2fp+0,
        0x1.2d285a6e4030bp+0, 0x1.2df961f641589p+0, 0x1.2ecafa93e2f56p+0,
        0x1.2f9d24abd886bp+0, 0x1.306fe0a31b715p+0, 0x1.31432edeeb2fdp+0,
        0x1.32170fc4cd831p+0, 0x1.32eb83ba8ea32p+0, 0x1.33c08b26416ffp+0,
        0x1.3496266e3fa2dp+0, 0x1.356c55f929ff1p+0, 0x1.36431a2de883bp+0,
        0x1.371a7373aa9cbp+0, 0x1.37f26231e754ap+0, 0x1.38cae6d05d866p+0,
        0x1.39a401b7140efp+0, 0x1.3a7db34e59ff7p+0, 0x1.3b57fbfec6cf4p+0,
        0x1.3c32dc313a8e5p+0, 0x1.3d0e544ede173p+0, 0x1.3dea64c123422p+0,
        0x1.3ec70df1c5175p+0, 0x1.3fa4504ac801cp+0, 0x1.40822c367a024p+0,
        0x1.4160a21f72e2ap+0, 0x1.423fb2709468ap+0, 0x1.431f5d950a897p+0,
        0x1.43ffa3f84b9d4p+0, 0x1.44e086061892dp+0, 0x1.45c2042a7d232p+0,
        0x1.46a41ed1d0057p+0, 0x1.4786d668b3237p+0, 0x1.486a2b5c13cd0p+0,
        0x1.494e1e192aed2p+0, 0x1.4a32af0d7d3dep+0, 0x1.4b17dea6db7d7p+0,
        0x1.4bfdad5362a27p+0, 0x1.4ce41b817c114p+0, 0x1.4dcb299fddd0dp+0,
        0x1.4eb2d81d8abffp+0, 0x1.4f9b2769d2ca7p+0, 0x1.508417f4531eep+0,
        0x1.516daa2cf6642p+0, 0x1.5257de83f4eefp+0, 0x1.5342b569d4f82p+0,
        0x1.542e2f4f6ad27p+0, 0x1.551a4ca5d920fp+0, 0x1.56070dde910d2p+0,
        0x1.56f4736b527dap+0, 0x1.57e27dbe2c4cfp+0, 0x1.58d12d497c7fdp+0,
        0x1.59c0827ff07ccp+0, 0x1.5ab07dd485429p+0, 0x1.5ba11fba87a03p+0,
        0x1.5c9268a5946b7p+0, 0x1.5d84590998b93p+0, 0x1.5e76f15ad2148p+0,
        0x1.5f6a320dceb71p+0, 0x1.605e1b976dc09p+0, 0x1.6152ae6cdf6f4p+0,
        0x1.6247eb03a5585p+0, 0x1.633dd1d1929fdp+0, 0x1.6434634ccc320p+0,
        0x1.652b9febc8fb7p+0, 0x1.6623882552225p+0, 0x1.671c1c70833f6p+0,
        0x1.68155d44ca973p+0, 0x1.690f4b19e9538p+0, 0x1.6a09e667f3bcdp+0,
        0x1.6b052fa75173ep+0, 0x1.6c012750bdabfp+0, 0x1.6cfdcddd47645p+0,
        0x1.6dfb23c651a2fp+0, 0x1.6ef9298593ae5p+0, 0x1.6ff7df9519484p+0,
        0x1.70f7466f42e87p+0, 0x1.71f75e8ec5f74p+0, 0x1.72f8286ead08ap+0,
        0x1.73f9a48a58174p+0, 0x1.74fbd35d7cbfdp+0, 0x1.75feb564267c9p+0,
        0x1.77024b1ab6e09p+0, 0x1.780694fde5d3fp+0, 0x1.790b938ac1cf6p+0,
        0x1.7a11473eb0187p+0, 0x1.7b17b0976cfdbp+0, 0x1.7c1ed0130c132p+0,
        0x1.7d26a62ff86f0p+0, 0x1.7e2f336cf4e62p+0, 0x1.7f3878491c491p+0,
        0x1.80427543e1a12p+0, 0x1.814d2add106d9p+0, 0x1.82589994cce13p+0,
        0x1.8364c1eb941f7p+0, 0x1.8471a4623c7adp+0, 0x1.857f4179f5b21p+0,
        0x1.868d99b4492edp+0, 0x1.879cad931a436p+0, 0x1.88ac7d98a6699p+0,
        0x1.89bd0a478580fp+0, 0x1.8ace5422aa0dbp+0, 0x1.8be05bad61778p+0,
        0x1.8cf3216b5448cp+0, 0x1.8e06a5e0866d9p+0, 0x1.8f1ae99157736p+0,
        0x1.902fed0282c8ap+0, 0x1.9145b0b91ffc6p+0, 0x1.925c353aa2fe2p+0,
        0x1.93737b0cdc5e5p+0, 0x1.948b82b5f98e5p+0, 0x1.95a44cbc8520fp+0,
        0x1.96bdd9a7670b3p+0, 0x1.97d829fde4e50p+0, 0x1.98f33e47a22a2p+0,
        0x1.9a0f170ca07bap+0, 0x1.9b2bb4d53fe0dp+0, 0x1.9c49182a3f090p+0,
        0x1.9d674194bb8d5p+0, 0x1.9e86319e32323p+0, 0x1.9fa5e8d07f29ep+0,
        0x1.a0c667b5de565p+0, 0x1.a1e7aed8eb8bbp+0, 0x1.a309bec4a2d33p+0,
        0x1.a42c980460ad8p+0, 0x1.a5503b23e255dp+0, 0x1.a674a8af46052p+0,
        0x1.a799e1330b358p+0, 0x1.a8bfe53c12e59p+0, 0x1.a9e6b5579fdbfp+0,
        0x1.ab0e521356ebap+0, 0x1.ac36bbfd3f37ap+0, 0x1.ad5ff3a3c2774p+0,
        0x1.ae89f995ad3adp+0, 0x1.afb4ce622f2ffp+0, 0x1.b0e07298db666p+0,
        0x1.b20ce6c9a8952p+0, 0x1.b33a2b84f15fbp+0, 0x1.b468415b749b1p+0,
        0x1.b59728de5593ap+0, 0x1.b6c6e29f1c52ap+0, 0x1.b7f76f2fb5e47p+0,
        0x1.b928cf22749e4p+0, 0x1.ba5b030a1064ap+0, 0x1.bb8e0b79a6f1fp+0,
        0x1.bcc1e904bc1d2p+0, 0x1.bdf69c3f3a207p+0, 0x1.bf2c25bd71e09p+0,
        0x1.c06286141b33dp+0, 0x1.c199bdd85529cp+0, 0x1.c2d1cd9fa652cp+0,
        0x1.c40ab5fffd07ap+0, 0x1.c544778fafb22p+0, 0x1.c67f12e57d14bp+0,
        0x1.c7ba88988c933p+0, 0x1.c8f6d9406e7b5p+0, 0x1.ca3405751c4dbp+0,
        0x1.cb720dcef9069p+0, 0x1.ccb0f2e6d1675p+0, 0x1.cdf0b555dc3fap+0,
        0x1.cf3155b5bab74p+0, 0x1.d072d4a07897cp+0, 0x1.d1b532b08c968p+0,
        0x1.d2f87080d89f2p+0, 0x1.d43c8eacaa1d6p+0, 0x1.d5818dcfba487p+0,
        0x1.d6c76e862e6d3p+0, 0x1.d80e316c98398p+0, 0x1.d955d71ff6075p+0,
        0x1.da9e603db3285p+0, 0x1.dbe7cd63a8315p+0, 0x1.dd321f301b460p+0,
        0x1.de7d5641c0658p+0, 0x1.dfc97337b9b5fp+0, 0x1.e11676b197d17p+0,
        0x1.e264614f5a129p+0, 0x1.e3b333b16ee12p+0, 0x1.e502ee78b3ff6p+0,
        0x1.e653924676d76p+0, 0x1.e7a51fbc74c83p+0, 0x1.e8f7977cdb740p+0,
        0x1.ea4afa2a490dap+0, 0x1.eb9f4867cca6ep+0, 0x1.ecf482d8e67f1p+0,
        0x1.ee4aaa2188510p+0, 0x1.efa1bee615a27p+0, 0x1.f0f9c1cb6412ap+0,
        0x1.f252b376bba97p+0, 0x1.f3ac948dd7274p+0, 0x1.f50765b6e4540p+0,
        0x1.f6632798844f8p+0, 0x1.f7bfdad9cbe14p+0, 0x1.f91d802243c89p+0,
        0x1.fa7c1819e90d8p+0, 0x1.fbdba3692d514p+0, 0x1.fd3c22b8f71f1p+0,
        0x1.fe9d96b2a23d9p+0,
    };
    /** 2^(j/256) − EXP2_256_HI[j], rounded to double. */
    private static final double[] EXP2_256_LO = {
        0.0, -0x1.4f6b2a7609f71p-55, 0x1.b61299ab8cdb7p-54,
        -0x1.2bf310fc54eb6p-55, -0x1.19083535b085dp-56, 0x1.56811eeade11ap-57,
        -0x1.0a31c1977c96ep-54, 0x1.4c3793aa0d08dp-55, 0x1.d73e2a475b465p-55,
        -0x1.5cb7b5799c397p-54, -0x1.c91dfe2b13c27p-55, 0x1.3233454458700p-55,
        0x1.186be4bb284ffp-57, -0x1.68063800a3fd1p-54, 0x1.1487818316136p-54,
        0x1.5d16c873d1d38p-55, 0x1.8a62e4adc610bp-54, 0x1.4f98906d21cefp-54,
        0x1.01edc16e24f71p-54, -0x1.bc14de43f316ap-54, 0x1.03a1727c57b53p-59,
        -0x1.49db9bc54021bp-54, -0x1.b9bedc44ebd7bp-57, 0x1.d46eb1692fdd5p-55,
        -0x1.6c51039449b3ap-54, -0x1.ca454f703fb72p-54, -0x1.1b514b36ca5c7p-58,
        -0x1.7108fba48dcf0p-57, -0x1.32fbf9af1369ep-54, -0x1.b91e839bf44abp-55,
        0x1.2406ab9eeab0ap-55, 0x1.8f23b82ea1a32p-58, -0x1.19041b9d78a76p-55,
        0x1.09e3fe2ac5a64p-56, -0x1.11023d1970f6cp-54, 0x1.4aadd85f17e08p-54,
        0x1.e5b4c7b4968e4p-55, 0x1.7bf85a4b69280p-54, -0x1.95386352ef607p-54,
        0x1.009778010f8c9p-54, 0x1.e016e00a2643cp-54, -0x1.6fdd8088cb6dep-54,
        -0x1.1df98027bb78cp-54, -0x1.bf524a097af5cp-54, 0x1.dc775814a8495p-55,
        0x1.3592d2cfcaac9p-54, 0x1.2a97e9494a5eep-55, 0x1.d34fb5577d69fp-55,
        0x1.9b07eb6c70573p-54, 0x1.acfcc911ca996p-55, 0x1.ac155bef4f4a4p-55,
        0x1.3e1a24ac31b2cp-54, 0x1.2bd339940e9d9p-55, 0x1.e067c05f9e76cp-54,
        -0x1.a4c3a8c3f0d7ep-54, -0x1.2cc7228401cbdp-55, 0x1.612e8afad1255p-55,
        -0x1.95743191690a7p-54, -0x1.10adcd6381aa4p-59, -0x1.50145a6eb5124p-54,
        0x1.0024754db41d5p-54, 0x1.d16cffbbce198p-54, 0x1.1ca0f45d52383p-56,
        -0x1.53c55532bda93p-57, 0x1.6f46ad23182e4p-55, 0x1.959a3f3f3fcd1p-55,
        0x1.a9ce78e18047cp-55, -0x1.c45e83cb4f318p-54, 0x1.32721843659a6p-54,
        -0x1.35a75930881a4p-55, -0x1.b5cee5c4e4628p-55, -0x1.c3144a06cb85ep-55,
        -0x1.63aeabf42eae2p-54, -0x1.9f5ca9eceb23cp-54, -0x1.e958d3c9904bdp-54,
        -0x1.9a9a5fc8e2934p-54, -0x1.5e436d661f5e3p-56, 0x1.54c66e26fff18p-54,
        -0x1.efff8375d29c3p-54, 0x1.fe8d08c284c71p-56, 0x1.ada0911f09ebcp-55,
        -0x1.af6637b8c9bcap-55, -0x1.7d023f956f9f3p-54, 0x1.bddf8b6f4d048p-55,
        -0x1.ef3691c309278p-58, -0x1.8462dc0b314ddp-54, -0x1.1c7dde35f7999p-55,
        0x1.880be9704c003p-55, 0x1.89b7a04ef80d0p-59, -0x1.8641982fb1f8ep-57,
        0x1.c944bd1648a76p-54, -0x1.c20f0ed445733p-54, 0x1.3c1a3b69062f0p-56,
        -0x1.3b2895e499ea0p-55, 0x1.9cb62f3d1be56p-54, -0x1.125b87f2897f0p-55,
        0x1.d4397afec42e2p-56, 0x1.05e29690abd5dp-54, 0x1.8ecdbbc6a7833p-54,
        -0x1.5257d2e5d7a52p-54, -0x1.4b309d25957e3p-54, 0x1.a249b49b7465fp-56,
        -0x1.f768569bd93efp-55, -0x1.c998d43efef71p-56, -0x1.07abe1db13cadp-55,
        0x1.7926d192d5f7ep-55, -0x1.d689cefede59bp-55, -0x1.0fb6e168eebf0p-54,
        0x1.9bb2c011d93adp-54, -0x1.0b98c8a57b9c4p-54, 0x1.295e15b9a1de8p-55,
        -0x1.7e2cee467e60fp-54, 0x1.6324c054647adp-54, -0x1.b77a14c233e1ap-54,
        0x1.c4b1b816986a2p-60, -0x1.cd6a7a8b45643p-54, 0x1.ba6f93080e65ep-54,
        -0x1.9eadde3cdcf92p-55, -0x1.3e2429b56de47p-54, 0x1.e4b3e4ab84c27p-54,
        -0x1.383c17e40b497p-54, 0x1.84710beb964e5p-54, -0x1.c483c759d8933p-55,
        -0x1.ae3d5c9a73e09p-54, -0x1.bb60987591c34p-54, -0x1.e8732586c6134p-55,
        0x1.038ae44f73e65p-57, 0x1.804bd9aeb445dp-55, -0x1.bdd3413b26456p-54,
        0x1.a38f52c9a9d0ep-56, -0x1.2895667ff0b0dp-56, 0x1.c7aa9b6f17309p-54,
        -0x1.bbe3a683c88abp-57, -0x1.0b9749e1ac8b2p-54, -0x1.83c0f25860ef6p-55,
        0x1.9d644d45aa65fp-58, -0x1.16e4786887a99p-55, -0x1.20aa02cd62c72p-54,
        -0x1.0a8d96c65d53cp-54, 0x1.047fd618a6e1cp-54, -0x1.0245957316dd3p-54,
        0x1.b7877169147f8p-54, 0x1.866b80a02162dp-54, 0x1.349a862aadd3ep-54,
        -0x1.41577ee04992fp-55, -0x1.bebb58468dc88p-54, 0x1.f124cd1164dd6p-54,
        0x1.1bddbfb72b8b4p-54, 0x1.05d02ba15797ep-56, -0x1.07f11cf9311aep-55,
        -0x1.27c86626d972bp-54, 0x1.464370d151d4dp-54, -0x1.d4c1dd41532d8p-54,
        0x1.99b9a31df2bd5p-54, -0x1.8d684a341cdfbp-55, -0x1.ba748f8b216d0p-58,
        -0x1.fc6f89bd4f6bap-54, 0x1.5d2d7d2db47bdp-55, 0x1.994c2f37cb53ap-54,
        0x1.d53954475202bp-54, 0x1.6e9f156864b27p-54, 0x1.ecb5efc43446ep-54,
        -0x1.0d55e32e9e3aap-56, -0x1.7114a6fc9b2e6p-54, 0x1.5cc13a2e3976cp-55,
        0x1.592ca85fe3fd2p-54, -0x1.dd6792e582524p-54, -0x1.3455fa639db7fp-55,
        -0x1.75fc781b57ebcp-57, -0x1.dc3d6797d2d99p-55, -0x1.64b7c96a5f039p-56,
        -0x1.ba5967f19c896p-58, -0x1.d185b7c1b85d1p-54, 0x1.cabdaa24c78edp-56,
        -0x1.173bd91cee632p-54, -0x1.dd84e4df6d518p-54, 0x1.c7c46b071f2bep-56,
        -0x1.516bea3dd8233p-54, 0x1.824ca78e64c6ep-56, -0x1.4a9ceaaf1facep-55,
        -0x1.359495d1cd533p-54, 0x1.c6618ee8be70ep-54, 0x1.6305c7ddc36abp-54,
        -0x1.aa780589fb120p-54, -0x1.d2f6edb8d41e1p-54, 0x1.50f5630670366p-57,
        0x1.bcb7ecac563c7p-54, -0x1.4f867b2ba15a9p-54, 0x1.0fac90ef7fd31p-54,
        0x1.89c31dae94545p-55, -0x1.f9234cae76cd0p-55, 0x1.7ef3bb6b1b8e5p-54,
        0x1.7a1cd345dcc81p-54, -0x1.4b2fc0f315ecdp-54, -0x1.bdef54c80e425p-54,
        0x1.4dd024a0756ccp-54, -0x1.2805e3084d708p-57, -0x1.f763de9df7c90p-56,
        -0x1.c71dfbbba6de3p-54, 0x1.2a8f352883f6ep-54, -0x1.5584f7e54ac3bp-56,
        -0x1.b721654cb65c6p-54, -0x1.efcd30e54292ep-54, -0x1.f52d1c9696205p-60,
        0x1.23dd07a2d9e84p-55, -0x1.c262360ea5b52p-60, -0x1.efdca3f6b9c73p-54,
        -0x1.d8a5aa1fbca34p-55, 0x1.11065895048ddp-55, -0x1.6e51617c8a5d7p-54,
        0x1.b4537e083c60ap-54, 0x1.12f072493b5afp-54, 0x1.2884dff483cadp-54,
        -0x1.e76bbbe255559p-55, 0x1.1acbc48805c44p-56, -0x1.7f2bed10d08f5p-55,
        0x1.503cbd1e949dbp-56, -0x1.d220f86009093p-56, -0x1.dd83b53829d72p-55,
        -0x1.a08e9b86dff57p-54, -0x1.cbc3743797a9cp-54, 0x1.55636219a36eep-54,
        -0x1.d487b719d8578p-54, 0x1.3db53bf5a1614p-54, 0x1.2ed02d75b3707p-55,
        0x1.fe87a4a8165a0p-58, -0x1.11ec18beddfe8p-54, 0x1.a052dbb9af6bep-54,
        0x1.c2300696db532p-54, -0x1.b76f1926b8be4p-54, 0x1.2da5778f018c3p-54,
        -0x1.ca5528e79ba8fp-54, -0x1.1a5cd4f184b5cp-54, -0x1.2b529bd5c7f44p-56,
        -0x1.7b627817a1496p-54, -0x1.9f4a431fdc68bp-54, 0x1.39e8980a9cc8fp-55,
        -0x1.63ff87522b735p-55, 0x1.2d522ca0c8de2p-54, -0x1.1089480b054b1p-54,
        -0x1.e9c23179c2893p-54, 0x1.4832f2293e4f2p-54, -0x1.c93f3b411ad8cp-54,
        0x1.1c68da487568dp-54, 0x1.dc7f486a4b6b0p-54, -0x1.3220065181d45p-54,
        0x1.3a1a5bf0d8e43p-54, -0x1.95a5a3ed837dep-56, 0x1.9d3e12dd8a18bp-54,
        0x1.fa37b3539343ep-54, -0x1.dbb12d006350ap-54, -0x1.12ea8a779f689p-57,
        0x1.74853f3a5931ep-55, -0x1.9677315098eb6p-56, 0x1.2eb74966579e7p-57,
        0x1.4a6037442fde3p-56,
    };

    /** Returns e^x, within 1 ulp: infinite above 709.78, subnormal below -708.4 and zero below -745.13. */
    public static double exp(double x) {
        if (x > -FAST_EXP_LIMIT && x < FAST_EXP_LIMIT) {
            return expByTable(x);
        }
        return expOfSum(x, 0); // fdlibm's method: overflow, subnormal results, NaN
    }

    /**
     * exp(x) for |x| < 708 by Tang's table method, the hot path of every sigmoid unit: x = (256m + j)·ln2/256 + r
     * with |r| ≤ ln2/512, exp(x) = 2^m · 2^(j/256) · e^r, 2^(j/256) from a table held as a double-double and
     * e^r − 1 from its Taylor polynomial to r^4 (truncation below 4e-17, 0.18 ulp). Within 1 ulp of the true value, also for
     * tiny |x| (then m = j = 0 and the result is 1 + p rounded once), and about twice as fast as fdlibm's rational
     * form in JavaScript because it needs no division. {@link #sigmoid(double[], double[], int)} repeats these lines.
     */
    private static double expByTable(double x) {
        // n = x·256/ln2 rounded to nearest (ties to even) by the 1.5·2^52 shift: one addition, where Math.floor
        // is a call in JavaScript. Both steps are exact roundings that IEEE 754 pins down.
        double shifted = x * INV_LN2_256 + ROUNDING_SHIFT;
        double kd = shifted - ROUNDING_SHIFT;
        int n = (int) kd;
        int j = n & 255;
        int m = (n - j) >> 8; // floor(n / 256), also for negative n
        double hi = x - kd * LN2_256_HI; // exact: LN2_256_HI has 32 significant bits and |kd| < 2^18
        double r = hi - kd * LN2_256_LO;
        double p = r + r * r * (0.5 + r * (INV_3_FACTORIAL + r * INV_4_FACTORIAL));
        double s = EXP2_256_HI[j];
        double y = (s * p + EXP2_256_LO[j]) + s; // compound part on the left: TeaVM keeps this order
        return y * POW2[POW2_BIAS + m]; // |m| ≤ 1022 here, so the scaling is exact
    }

    /** σ(s) = 1 / (1 + e^(−s)), as e / (1 + e) with e = e^s for negative s so that e^(−s) never overflows. */
    public static double sigmoid(double s) {
        double e = exp(s >= 0 ? -s : s); // e^(−|s|), at most 1
        return s >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /**
     * x[j] = σ(s[j]) for j &lt; n, bit for bit what {@link #sigmoid(double)} gives, with the table path of exp
     * written out in the loop. Why the repetition: TeaVM inlines no method of more than about 20 instructions, and
     * a JavaScript call per unit cost 5 % of the sigmoid benchmark's training time in Chromium. The loop holds no
     * call at all (even one never taken kept V8 from hoisting the table loads, another 5 %): the rare units with
     * |s| ≥ 708 or NaN are redone afterwards by the scalar form. PortableMathTest checks that the forms agree.
     */
    public static void sigmoid(double[] s, double[] x, int n) {
        boolean far = false;
        for (int i = 0; i < n; i++) {
            double v = s[i];
            double a = -Math.abs(v); // NaN stays NaN and fails the test below
            double e = 0;
            if (a > -FAST_EXP_LIMIT) {
                double shifted = a * INV_LN2_256 + ROUNDING_SHIFT;
                double kd = shifted - ROUNDING_SHIFT;
                int k = (int) kd;
                int j = k & 255;
                int m = (k - j) >> 8;
                double hi = a - kd * LN2_256_HI;
                double r = hi - kd * LN2_256_LO;
                double p = r + r * r * (0.5 + r * (INV_3_FACTORIAL + r * INV_4_FACTORIAL));
                double t = EXP2_256_HI[j];
                double y = (t * p + EXP2_256_LO[j]) + t;
                e = y * POW2[POW2_BIAS + m];
            } else {
                far = true;
            }
            x[i] = v >= 0 ? 1 / (1 + e) : e / (1 + e);
        }
        if (far) {
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(s[i]) < FAST_EXP_LIMIT)) {
                    x[i] = sigmoid(s[i]);
                }
            }
        }
    }

    /**
     * Returns y * 2^k for y in about [0.5, 2] and k in [-1075, 1024] with a single rounding, like fdlibm's exponent
     * adjustment: results below 2^-1022 are formed in two steps so that only the last multiplication rounds.
     */
    private static double scaleByPowerOfTwo(double y, int k) {
        if (k >= -1021) {
            if (k <= 1023) {
                return y * POW2[POW2_BIAS + k];
            }
            return y * 2.0 * 0x1p1023; // k == 1024 happens just below the overflow threshold, where y < 1
        }
        return y * POW2[POW2_BIAS + k + 1000] * 0x1p-1000;
    }

    /** Returns e^x - 1, accurate to within 1 ulp also for tiny |x| where exp(x) - 1 would cancel. */
    public static double expm1(double x) {
        double ax = Math.abs(x);
        if (ax >= 0x1.3687ap5) { // |x| >= 56*ln2: e^x - 1 is either huge or -1 to double precision
            if (x != x) {
                return x;
            }
            if (x > O_THRESHOLD) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < 0) {
                return -1.0;
            }
        }
        double hi;
        double lo;
        double c = 0.0;
        int k;
        if (ax >= HALF_LN2_BOUND) {
            // Reduce as in exp; c is the rounding error of r = hi - lo, fed back in below.
            if (ax < THREE_HALF_LN2_BOUND) {
                k = x > 0 ? 1 : -1;
                hi = x - k * LN2_HI;
                lo = k * LN2_LO;
            } else {
                double kd = Math.floor(INV_LN2 * ax + 0.5);
                if (x < 0) {
                    kd = -kd;
                }
                k = (int) kd;
                hi = x - kd * LN2_HI;
                lo = kd * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (ax < 0x1p-54) {
            return x; // e^x - 1 = x + x^2/2 rounds to x; also keeps the sign of -0.0
        } else {
            k = 0;
        }
        // expm1(r) = r + r^2/2 + r^3/2 * (3 - (R1 + R1*r/2)) / (6 - r*(3 - R1*r/2)), R1 a degree-5 poly in r^2/2
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = (r1 - t) / (6.0 - x * t) * hxs;
        if (k == 0) {
            return x - (e * x - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        // Scale back: 2^k*(expm1(r) + 1) - 1, grouped per range of k so that the big terms cancel exactly.
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            return scaleByPowerOfTwo(y, k) - 1.0;
        }
        double y;
        if (k < 20) {
            y = (1.0 - POW2[POW2_BIAS - k]) - (e - x); // 1 - 2^-k is exact for k < 53
        } else {
            y = x - (e + POW2[POW2_BIAS - k]);
            y += 1.0;
        }
        return scaleByPowerOfTwo(y, k);
    }

    /**
     * Returns the hyperbolic tangent of x: fdlibm's algorithm, the same bits as the JDK's strict tanh (checked on
     * sweeps), which are within 2 ulp of the true value (1.53 ulp at 0.5233205889931465); ±1 exactly for |x| ≥ 22
     * and keeps the sign of -0.0.
     */
    public static double tanh(double x) {
        if (x != x) {
            return x;
        }
        double ax = Math.abs(x);
        double z;
        if (ax < 22.0) {
            if (ax < 0x1p-55) {
                return x * (1.0 + x); // tanh(x) = x - x^3/3 rounds to x
            }
            // Both forms avoid cancellation: expm1 keeps full relative accuracy of e^(2|x|) - 1 near 0.
            if (ax >= 1.0) {
                double t = expm1(2.0 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0; // 1 - tanh(22) < 2^-63: the result rounds to 1 (also for infinity)
        }
        return x >= 0 ? z : -z;
    }

    // ---- logarithms -------------------------------------------------------------------------------------------------

    /** Returns the natural logarithm of x, within 1 ulp (fdlibm's algorithm); -Infinity at ±0, NaN below zero. */
    public static double log(double x) {
        if (!(x > 0.0)) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return x != x ? x : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        // x = 2^k * m with m in [1, 2): the exponent by binary search in the power table, m by exact scaling.
        int k = 0;
        if (x < 0x1p-1022) {
            x *= 0x1p54; // subnormal: scale up first so that m keeps all its bits
            k = -54;
        }
        int e = exponentOf(x);
        k += e;
        double m = x * POW2[POW2_BIAS - e];
        // hx: the 20 leading fraction bits of m, which is all that fdlibm's branch tests look at
        int hx = (int) ((m - 1.0) * 0x1p20);
        if (hx >= 0x6a09c) { // m >~ sqrt(2): use m/2 so that 1+f lies in [sqrt(2)/2, sqrt(2))
            m *= 0.5;
            k++;
        }
        double f = m - 1.0; // exact
        double dk = k;
        if (((2 + hx) & 0xfffff) < 3) { // |f| < 2^-20: three Taylor terms suffice
            if (f == 0.0) {
                return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            return k == 0 ? f - r : dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        // log(1+f) = 2s + s*R(s^2) with s = f/(2+f), |s| <= 0.1716
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) { // the largest |f|: subtract f^2/2 separately for accuracy
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (r + hfsq));
            }
            return dk * LN2_HI - ((hfsq - (s * (r + hfsq) + dk * LN2_LO)) - f);
        }
        return k == 0 ? f - s * (f - r) : dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** Returns log(1 + x), within 1 ulp and exact-to-rounding for tiny |x| where 1 + x would lose x's bits. */
    public static double log1p(double x) {
        if (x != x || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double ax = Math.abs(x);
        int k = 1;
        int hu = 0;
        double f = 0.0;
        double c = 0.0;
        if (x < 0x1.a827ap-2) { // x < sqrt(2) - 1 (rounded down)
            if (ax >= 1.0) { // x <= -1
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x1p-29) {
                if (ax < 0x1p-54) {
                    return x; // keeps the sign of -0.0
                }
                return x - x * x * 0.5;
            }
            if (x > 0 || ax < 0x1.2bec4p-2) { // 1 - sqrt(2)/2 <~ x < sqrt(2) - 1: f = x exactly, no reduction
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (k != 0) {
            // 1 + x = 2^k * (1 + f); u = 1 + x is rounded, c/u restores what the rounding dropped.
            double u;
            if (x < 0x1p53) {
                u = x + 1.0;
                k = exponentOf(u);
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x; // 1 + x == x here, and log(x) needs no correction
                k = exponentOf(u);
            }
            double m = u * POW2[POW2_BIAS - k]; // in [1, 2), exact
            hu = (int) ((m - 1.0) * 0x1p20);
            if (hu < 0x6a09e) {
                u = m;
            } else { // m >~ sqrt(2): use m/2
                k++;
                u = m * 0.5;
                hu = (0x100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return c + k * LN2_HI;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - ((k * LN2_LO + c) + s * (hfsq + r))) - f);
    }

    /**
     * Returns floor(log2(a)) for a positive finite a (normal or subnormal) without reading the exponent field, which
     * needs long arithmetic (slow under TeaVM). Between 2^-31 and 2^31, (int) a, or (int) (a * 2^31), is a nonzero int
     * whose leading-zero count gives it; anything else takes a binary search in the power table.
     */
    private static int exponentOf(double a) {
        if (a >= 1.0) {
            if (a < 0x1p31) {
                return 31 - Integer.numberOfLeadingZeros((int) a);
            }
        } else if (a >= 0x1p-31) {
            return -Integer.numberOfLeadingZeros((int) (a * 0x1p31));
        }
        int lo = -1074;
        int hi = 1023;
        while (lo < hi) {
            int mid = (lo + hi + 1) >> 1;
            if (a >= POW2[POW2_BIAS + mid]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    // ---- erf --------------------------------------------------------------------------------------------------------

    /** 0.84506291151 cut to 24 bits: the exact head that erf adds P/Q to on [0.84375, 1.25]. */
    private static final double ERX = 0x1.b0ac16p-1;
    /** 2/sqrt(pi) - 1, and 8 times it for tiny arguments that must not underflow. */
    private static final double EFX = 0x1.06eba8214db69p-3;
    private static final double EFX8 = 0x1.06eba8214db69p0;
    /** erf(x) = x + x*PP(x^2)/QQ(x^2) on [0, 0.84375]; error below 2^-57.9. */
    private static final double PP0 = 0x1.06eba8214db68p-3;
    private static final double PP1 = -0x1.4cd7d691cb913p-2;
    private static final double PP2 = -0x1.d2a51dbd7194fp-6;
    private static final double PP3 = -0x1.7a291236668e4p-8;
    private static final double PP4 = -0x1.8ead6120016acp-16;
    private static final double QQ1 = 0x1.97779cddadc09p-2;
    private static final double QQ2 = 0x1.0a54c5536cebap-4;
    private static final double QQ3 = 0x1.4d022c4d36b0fp-8;
    private static final double QQ4 = 0x1.15dc9221c1a1p-13;
    private static final double QQ5 = -0x1.09c4342a2612p-18;
    /** erf(1+s) = ERX + PA(s)/QA(s) on [0.84375, 1.25]; error below 2^-59.06. */
    private static final double PA0 = -0x1.359b8bef77538p-9;
    private static final double PA1 = 0x1.a8d00ad92b34dp-2;
    private static final double PA2 = -0x1.7d240fbb8c3f1p-2;
    private static final double PA3 = 0x1.45fca805120e4p-2;
    private static final double PA4 = -0x1.c63983d3e28ecp-4;
    private static final double PA5 = 0x1.22a36599795ebp-5;
    private static final double PA6 = -0x1.1bf380a96073fp-9;
    private static final double QA1 = 0x1.b3e6618eee323p-4;
    private static final double QA2 = 0x1.14af092eb6f33p-1;
    private static final double QA3 = 0x1.2635cd99fe9a7p-4;
    private static final double QA4 = 0x1.02660e763351fp-3;
    private static final double QA5 = 0x1.bedc26b51dd1cp-7;
    private static final double QA6 = 0x1.88b545735151dp-7;
    /** erfc(x) = exp(-x^2 - 0.5625 + RA/SA(1/x^2)) / x on [1.25, 1/0.35]; error below 2^-62.57. */
    private static final double RA0 = -0x1.43412600d6435p-7;
    private static final double RA1 = -0x1.63416e4ba736p-1;
    private static final double RA2 = -0x1.51e0441b0e726p3;
    private static final double RA3 = -0x1.f300ae4cba38dp5;
    private static final double RA4 = -0x1.44cb184282266p7;
    private static final double RA5 = -0x1.7135cebccabb2p7;
    private static final double RA6 = -0x1.4526557e4d2f2p6;
    private static final double RA7 = -0x1.3a0efc69ac25cp3;
    private static final double SA1 = 0x1.3a6b9bd707687p4;
    private static final double SA2 = 0x1.1350c526ae721p7;
    private static final double SA3 = 0x1.b290dd58a1a71p8;
    private static final double SA4 = 0x1.42b1921ec2868p9;
    private static final double SA5 = 0x1.ad02157700314p8;
    private static final double SA6 = 0x1.b28a3ee48ae2cp6;
    private static final double SA7 = 0x1.a47ef8e484a93p2;
    private static final double SA8 = -0x1.eeff2ee749a62p-5;
    /** The same form with RB/SB on [1/0.35, 6]; error below 2^-61.52. */
    private static final double RB0 = -0x1.4341239e86f4ap-7;
    private static final double RB1 = -0x1.993ba70c285dep-1;
    private static final double RB2 = -0x1.1c209555f995ap4;
    private static final double RB3 = -0x1.4145d43c5ed98p7;
    private static final double RB4 = -0x1.3ec881375f228p9;
    private static final double RB5 = -0x1.004616a2e5992p10;
    private static final double RB6 = -0x1.e384e9bdc383fp8;
    private static final double SB1 = 0x1.e568b261d519p4;
    private static final double SB2 = 0x1.45cae221b9f0ap8;
    private static final double SB3 = 0x1.802eb189d5118p10;
    private static final double SB4 = 0x1.8ffb7688c246ap11;
    private static final double SB5 = 0x1.3f219cedf3be6p11;
    private static final double SB6 = 0x1.da874e79fe763p8;
    private static final double SB7 = -0x1.670e242712d62p4;

    /** Returns the error function erf(x) = 2/sqrt(pi) * integral_0^x e^(-t^2) dt, within 1 ulp (fdlibm's method). */
    public static double erf(double x) {
        if (x != x) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1.bp-1) { // |x| < 0.84375
            if (ax < 0x1p-28) {
                if (ax < 0x1p-1015) {
                    return 0.125 * (8.0 * x + EFX8 * x); // scaled so that EFX*x cannot underflow
                }
                return x + EFX * x; // erf(x) = 2x/sqrt(pi) to double precision
            }
            double z = x * x;
            double r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
            double s = 1.0 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
            return x + r / s * x;
        }
        if (ax < 1.25) {
            double s = ax - 1.0;
            double p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
            double q = 1.0 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
            return x >= 0 ? ERX + p / q : -ERX - p / q;
        }
        if (ax >= 6.0) {
            return x >= 0 ? 1.0 : -1.0; // 1 - erf(6) < 2^-55, and this also covers the infinities
        }
        double s = 1.0 / (ax * ax);
        double r;
        double q;
        if (ax < 0x1.6db6ep1) { // |x| < 1/0.35
            r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
            q = 1.0 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
        } else {
            r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
            q = 1.0 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
        }
        // -x^2 = -z^2 + (z-x)(z+x) with z = x cut to 21 significant bits, so z*z is exact and nothing cancels
        double z = truncateTo21Bits(ax);
        double erfc = exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + r / q) / ax;
        return x >= 0 ? 1.0 - erfc : erfc - 1.0;
    }

    /** Keeps the 21 leading significant bits of a in [1, 8) (fdlibm clears the low word of the double). */
    private static double truncateTo21Bits(double a) {
        if (a < 2.0) {
            return Math.floor(a * 0x1p20) * 0x1p-20;
        }
        if (a < 4.0) {
            return Math.floor(a * 0x1p19) * 0x1p-19;
        }
        return Math.floor(a * 0x1p18) * 0x1p-18;
    }

    // ---- sin and cos ------------------------------------------------------------------------------------------------

    /** Minimax coefficients of sin(x)/x - 1 on [0, pi/4]; error below 2^-58. */
    private static final double S1 = -0x1.5555555555549p-3;
    private static final double S2 = 0x1.111111110f8a6p-7;
    private static final double S3 = -0x1.a01a019c161d5p-13;
    private static final double S4 = 0x1.71de357b1fe7dp-19;
    private static final double S5 = -0x1.ae5e68a2b9cebp-26;
    private static final double S6 = 0x1.5d93a5acfd57cp-33;
    /** Minimax coefficients of cos(x) - 1 + x^2/2 on [0, pi/4]; error below 2^-58. */
    private static final double C1 = 0x1.555555555554cp-5;
    private static final double C2 = -0x1.6c16c16c15177p-10;
    private static final double C3 = 0x1.a01a019cb159p-16;
    private static final double C4 = -0x1.27e4f809c52adp-22;
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29;
    private static final double C6 = -0x1.8fae9be8838d4p-37;

    /** 2/pi to 53 bits, and pi/2 in three 33-bit pieces plus tails for Cody–Waite reduction. */
    private static final double INV_PIO2 = 0x1.45f306dc9c883p-1;
    private static final double PIO2_1 = 0x1.921fb544p0;
    private static final double PIO2_1T = 0x1.0b4611a626331p-34;
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_2T = 0x1.3198a2e037073p-69;
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    private static final double PIO2_3T = 0x1.b839a252049c1p-104;
    /** pi/2 as a double-double (hi + lo), for the final step of the large-argument reduction. */
    private static final double PIO2_HI = 0x1.921fb54442d18p0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;
    /** |x| below this needs no reduction (pi/4 rounded up to the C code's high-word test). */
    private static final double PIO4_BOUND = 0x1.921fcp-1;
    /** Cody–Waite reduction is used below this bound (about 2^19 * pi/2 = 823550), Payne–Hanek above. */
    private static final double MEDIUM_BOUND = 0x1.921fcp19;

    /**
     * The binary digits of 2/pi, 24 per entry: entry i holds bits 24i+1 .. 24i+24 after the binary point. 60
     * entries (1440 bits) cover the largest doubles with 240 bits to spare after the bits that only add multiples
     * of 2*pi.
     */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
        0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
        0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
        0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B,
        0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
    };

    /** Fraction digits (24 bits each) kept by the large-argument reduction: 240 bits after the binary point. */
    private static final int FRACTION_DIGITS = 10;

    /**
     * Returns the sine of x (radians), within 1 ulp for every finite x: Cody–Waite reduction by a three-part pi/2
     * below about 8.2e5, an exact-integer Payne–Hanek reduction with 2/pi's bits above.
     */
    public static double sin(double x) {
        return sinOrCos(x, 0);
    }

    /** Returns the cosine of x (radians), within 1 ulp for every finite x (same reduction as {@link #sin}). */
    public static double cos(double x) {
        return sinOrCos(x, 1);
    }

    /**
     * sin(x) for quarterTurns = 0 and cos(x) = sin(x + pi/2) for quarterTurns = 1: reduces x = n*pi/2 + (y0 + y1)
     * with |y0 + y1| ≤ ~pi/4 and evaluates the kernel the quadrant (n + quarterTurns) mod 4 calls for.
     */
    private static double sinOrCos(double x, int quarterTurns) {
        double ax = Math.abs(x);
        if (ax < PIO4_BOUND) {
            return quarterTurns == 0 ? kernelSin(x, 0.0, false) : kernelCos(x, 0.0);
        }
        if (!(ax < Double.POSITIVE_INFINITY)) {
            return x - x; // NaN for NaN and for the infinities
        }
        int n;
        double y0;
        double y1;
        if (ax < 0x1.2d97cp1) { // |x| < 3pi/4: n = +-1, and 33+53 bits of pi/2 are enough ...
            double z = ax - PIO2_1;
            if (ax < 0x1.921fbp0 || ax >= 0x1.921fcp0) {
                y0 = z - PIO2_1T;
                y1 = (z - y0) - PIO2_1T;
            } else { // ... except right next to pi/2, where 33+33+53 bits are used
                z -= PIO2_2;
                y0 = z - PIO2_2T;
                y1 = (z - y0) - PIO2_2T;
            }
            n = 1;
        } else if (ax < MEDIUM_BOUND) {
            // Cody–Waite: n*PIO2_1 and n*PIO2_2 are exact for n < 2^20, so r loses nothing; the next pieces are
            // only brought in when cancellation has eaten the bits the previous tail could provide.
            double fn = Math.floor(ax * INV_PIO2 + 0.5);
            n = (int) fn;
            double r = ax - fn * PIO2_1;
            double w = fn * PIO2_1T; // good to about 85 bits
            y0 = r - w;
            if (Math.abs(y0) < ax * 0x1p-16) { // more than 16 bits cancelled: second piece, good to 118 bits
                double t = r;
                w = fn * PIO2_2;
                r = t - w;
                w = fn * PIO2_2T - ((t - r) - w);
                y0 = r - w;
                if (Math.abs(y0) < ax * 0x1p-49) { // more than 49 bits cancelled: third piece, 151 bits
                    t = r;
                    w = fn * PIO2_3;
                    r = t - w;
                    w = fn * PIO2_3T - ((t - r) - w);
                    y0 = r - w;
                }
            }
            y1 = (r - y0) - w;
        } else {
            double[] reduced = reduceLarge(ax);
            n = (int) reduced[0];
            y0 = reduced[1];
            y1 = reduced[2];
        }
        if (x < 0) { // sin and the reduction are odd: reduce |x| and mirror
            n = -n;
            y0 = -y0;
            y1 = -y1;
        }
        switch ((n + quarterTurns) & 3) {
            case 0:
                return kernelSin(y0, y1, true);
            case 1:
                return kernelCos(y0, y1);
            case 2:
                return -kernelSin(y0, y1, true);
            default:
                return -kernelCos(y0, y1);
        }
    }

    /**
     * Payne–Hanek reduction of a finite ax ≥ 2^19*pi/2: returns {n mod 8, y0, y1} with ax = n*pi/2 + y0 + y1.
     * ax and 2/pi are cut into 24-bit integer digits whose products (below 2^48, column sums below 2^50) are exact
     * in doubles; columns that only contribute multiples of 4 (whole turns) are never formed.
     */
    private static double[] reduceLarge(double ax) {
        int top = exponentOf(ax) / 24; // ax = sum_j digit[j] * 2^(24*(top - j)), four digits hold all 53 bits
        double[] digit = new double[4];
        double v = ax * POW2[POW2_BIAS - 24 * top]; // in [1, 2^24), exact
        for (int j = 0; j < 4; j++) {
            digit[j] = Math.floor(v);
            v = (v - digit[j]) * 0x1p24;
        }
        // column t collects digit[j] * TWO_OVER_PI[i] of weight 2^(-24t): i = top - j - 1 + t
        double[] column = new double[FRACTION_DIGITS + 1];
        for (int t = 0; t <= FRACTION_DIGITS; t++) {
            double sum = 0.0;
            for (int j = 0; j < 4; j++) {
                int i = top - j - 1 + t;
                if (i >= 0) {
                    sum += digit[j] * TWO_OVER_PI[i];
                }
            }
            column[t] = sum;
        }
        // Propagate carries so that the fraction columns become base-2^24 digits; column 0 holds the units.
        double carry = 0.0;
        for (int t = FRACTION_DIGITS; t >= 1; t--) {
            double d = column[t] + carry;
            carry = Math.floor(d * 0x1p-24);
            column[t] = d - carry * 0x1p24;
        }
        double units = column[0] + carry;
        int n = (int) (units - 8.0 * Math.floor(units * 0.125));
        double sign = 1.0;
        if (column[1] >= 0x1p23) { // fraction >= 1/2: round n up and use -(1 - fraction)
            n++;
            for (int t = 1; t <= FRACTION_DIGITS; t++) {
                column[t] = 0xffffff - column[t];
            }
            column[FRACTION_DIGITS] += 1.0;
            sign = -1.0;
        }
        // The fraction as hi + lo (exact digit values; hi sums smallest first, lo collects what hi rounded off).
        double hi = 0.0;
        for (int t = FRACTION_DIGITS; t >= 1; t--) {
            hi += column[t] * POW2[POW2_BIAS - 24 * t];
        }
        double lo = column[1] * 0x1p-24 - hi;
        for (int t = 2; t <= FRACTION_DIGITS; t++) {
            lo += column[t] * POW2[POW2_BIAS - 24 * t];
        }
        // times pi/2 in double-double arithmetic
        double p = hi * PIO2_HI;
        double pErr = twoProductError(hi, PIO2_HI, p) + hi * PIO2_LO + lo * PIO2_HI;
        double y0 = p + pErr;
        double y1 = pErr - (y0 - p);
        return new double[] {n, sign * y0, sign * y1};
    }

    /** sin(x + y) on |x| ≤ ~pi/4 with y a tail below ulp(x): x + x^3*(S1 + x^2*poly) with a y correction. */
    private static double kernelSin(double x, double y, boolean hasTail) {
        if (Math.abs(x) < 0x1p-27) {
            return x; // sin(x) = x - x^3/6 rounds to x
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) on |x| ≤ ~pi/4: 1 - x^2/2 + x^4*poly, with 1 - x^2/2 split to keep its rounding error small. */
    private static double kernelCos(double x, double y) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ax < 0x1.33333p-2) { // |x| < 0.3
            return 1.0 - (0.5 * z - (r * z - x * y));
        }
        // cos = (1 - qx) - ((x^2/2 - qx) - (r - x*y)) with qx ~ |x|/4 cut short, so both brackets are exact
        double qx;
        if (ax >= 0x1.90001p-1) { // |x| > 0.78125
            qx = 0.28125;
        } else if (ax < 0.5) {
            qx = Math.floor(ax * 0x1p22) * 0x1p-24;
        } else {
            qx = Math.floor(ax * 0x1p21) * 0x1p-23;
        }
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (r * z - x * y));
    }

    // ---- pow --------------------------------------------------------------------------------------------------------

    private static final double SQRT2 = 0x1.6a09e667f3bcdp0;
    /** 2/3 as a double-double. */
    private static final double TWO_THIRDS_HI = 0x1.5555555555555p-1;
    private static final double TWO_THIRDS_LO = 0x1.5555555555555p-55;

    /**
     * Returns x raised to the power y, with the special cases of {@link Math#pow}.
     *
     * <p>Integer y with |y| below 2^31: binary powering in double-double arithmetic (relative error about |y|*2^-104
     * before the final rounding), so the result is correctly rounded unless x^y lies that close to a halfway point,
     * and in particular exact whenever x^y is representable (2^10, 10^22, 0.5^-3, 7^18, 2^-1074). That is not the same
     * as repeated multiplication, which rounds at every step: pow(0.3, 3) is the correctly rounded
     * 0.026999999999999996 while 0.3*0.3*0.3 gives 0.027; pow(x, 2) does equal x*x, both being rounded once.
     *
     * <p>y = 0.5 is {@link Math#sqrt}. Any other y: exp(y*log(x)) with log(x) and the product carried in double-double
     * (about 2^-62 relative: the series of log's tail is summed in plain double), then exp with the low part folded
     * into its reduction: within 1 ulp of the true value for |y·ln x| up to a few hundred, up to 1.5 ulp near overflow
     * (1.47 ulp seen at pow(1.3956495495418564, 2129.1781384337355) ≈ 1.8e308), and not always the JDK's bits. Within
     * Backprop Lab it serves learning-rate schedules (γ^(epoch/every), small exponents) and typed formulas.
     */
    public static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        if (y == 1.0) {
            return x;
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ay == Double.POSITIVE_INFINITY) {
            if (ax == 1.0) {
                return Double.NaN;
            }
            return (ax > 1.0) == (y > 0.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean yIsInteger = Math.floor(y) == y;
        boolean yIsOdd = yIsInteger && ay < 0x1p53 && Math.floor(0.5 * y) != 0.5 * y;
        boolean xIsNegative = x < 0.0 || (x == 0.0 && 1.0 / x < 0.0); // includes -0.0
        boolean negate = yIsOdd && xIsNegative;
        if (ax == 0.0 || ax == Double.POSITIVE_INFINITY) {
            double magnitude = (ax == 0.0) == (y > 0.0) ? 0.0 : Double.POSITIVE_INFINITY;
            return negate ? -magnitude : magnitude;
        }
        if (x < 0.0 && !yIsInteger) {
            return Double.NaN;
        }
        double r;
        if (ax == 1.0) {
            r = 1.0;
        } else if (y == 0.5) {
            r = Math.sqrt(ax); // correctly rounded, like fdlibm's pow does here
        } else if (yIsInteger && ay < 0x1p31) {
            r = powInteger(ax, (int) y);
        } else {
            r = powReal(ax, y);
        }
        return negate ? -r : r;
    }

    /**
     * ax^n for positive finite ax and n != 0 by binary powering of the significand in double-double arithmetic
     * (relative error about |n| * 2^-104), with the binary exponent tracked as an int so nothing overflows early.
     */
    private static double powInteger(double ax, int n) {
        int e;
        double m;
        if (ax < 0x1p-1022) {
            double scaled = ax * 0x1p54;
            e = exponentOf(scaled);
            m = scaled * POW2[POW2_BIAS - e];
            e -= 54;
        } else {
            e = exponentOf(ax);
            m = ax * POW2[POW2_BIAS - e];
        }
        // base = (bh + bl) * 2^be and result = (rh + rl) * 2^re, both significands kept in [1, 2)
        double bh = m;
        double bl = 0.0;
        int be = e;
        double rh = 1.0;
        double rl = 0.0;
        int re = 0;
        int k = n < 0 ? -n : n;
        while (true) {
            if ((k & 1) != 0) {
                double p = rh * bh;
                double err = twoProductError(rh, bh, p) + rh * bl + rl * bh;
                rh = p + err;
                rl = err - (rh - p);
                re += be;
                if (rh >= 2.0) {
                    rh *= 0.5;
                    rl *= 0.5;
                    re++;
                }
            }
            k >>>= 1;
            if (k == 0) {
                break;
            }
            double p = bh * bh;
            double err = twoProductError(bh, bh, p) + 2.0 * bh * bl;
            bh = p + err;
            bl = err - (bh - p);
            be *= 2;
            if (bh >= 2.0) {
                bh *= 0.5;
                bl *= 0.5;
                be++;
            }
            if (be > 2200 || be < -2200) {
                // Every factor still to come has an exponent of this sign: the result is far out of range.
                return (be > 0) == (n > 0) ? Double.POSITIVE_INFINITY : 0.0;
            }
        }
        if (n < 0) { // reciprocal in double-double: q + (1 - q*r)/r
            double q = 1.0 / rh;
            double p = q * rh;
            double residual = ((1.0 - p) - twoProductError(q, rh, p)) - q * rl;
            double ql = residual * q;
            rh = q + ql;
            rl = ql - (rh - q);
            re = -re;
            if (rh < 1.0) {
                rh *= 2.0;
                rl *= 2.0;
                re--;
            }
        }
        return roundScaled(rh, rl, re);
    }

    /** Rounds (hi + lo) * 2^e to a double with one rounding, also when the result is subnormal or overflows. */
    private static double roundScaled(double hi, double lo, int e) {
        if (e > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        if (e >= -1022) {
            return hi * POW2[POW2_BIAS + e]; // hi = round(hi + lo) already; the scaling is exact
        }
        // Subnormal: count in units of 2^-1074 and round to nearest-even, letting lo break exact ties.
        int shift = POW2_BIAS + e; // hi * 2^shift is the result in units of 2^-1074; shift < 52
        if (shift < -1) {
            return 0.0; // below 2^-1075 even before rounding
        }
        double units = hi * POW2[POW2_BIAS + shift]; // exact: at least 0.5
        double whole = Math.floor(units);
        double frac = units - whole;
        if (frac > 0.5 || (frac == 0.5 && (lo > 0.0 || (lo == 0.0 && Math.floor(0.5 * whole) != 0.5 * whole)))) {
            whole += 1.0;
        }
        return whole * 0x1p-1074;
    }

    /**
     * ax^y = exp(y*log(ax)) for positive finite ax != 1. log is computed as a double-double from
     * log(m) = 2s + 2s^3/3 + 2s^5/5 + ..., s = f/(2+f), with the first two terms in double-double and the rest a
     * Taylor tail (|tail| below 2^-12 |2s|, 12 terms reach 2^-70), so y*log(ax) is good to about 2^-63 relative.
     */
    private static double powReal(double ax, double y) {
        if (Math.abs(y) > 0x1p64) { // |log(ax)| >= 2^-53, so |y*log(ax)| > 2^11: far beyond over/underflow
            return (ax > 1.0) == (y > 0.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        int k = 0;
        if (ax < 0x1p-1022) {
            ax *= 0x1p54;
            k = -54;
        }
        int e = exponentOf(ax);
        k += e;
        double m = ax * POW2[POW2_BIAS - e];
        if (m > SQRT2) {
            m *= 0.5;
            k++;
        }
        double f = m - 1.0; // exact, |f| <= 0.4143
        // s = f / (2 + f) as sh + sl
        double d = 2.0 + f;
        double dl = f - (d - 2.0);
        double sh = f / d;
        double p = sh * d;
        double sl = (((f - p) - twoProductError(sh, d, p)) - sh * dl) / d;
        // 2s^3/3 as mid + midErr
        double z = sh * sh;
        double zErr = twoProductError(sh, sh, z);
        double cube = z * sh;
        double cubeErr = twoProductError(z, sh, cube) + zErr * sh;
        double mid = cube * TWO_THIRDS_HI;
        double midErr = twoProductError(TWO_THIRDS_HI, cube, mid) + TWO_THIRDS_HI * cubeErr
                + cube * TWO_THIRDS_LO + 2.0 * z * sl;
        double tail = cube * z * (2.0 / 5 + z * (2.0 / 7 + z * (2.0 / 9 + z * (2.0 / 11 + z * (2.0 / 13
                + z * (2.0 / 15 + z * (2.0 / 17 + z * (2.0 / 19 + z * (2.0 / 21 + z * (2.0 / 23
                + z * (2.0 / 25 + 2.0 / 27 * z)))))))))));
        // k*ln2 + 2s + mid, summed with exact error terms
        double a = k * LN2_HI; // exact
        double b = 2.0 * sh;
        double s1 = a + b;
        double s2 = s1 + mid;
        double lo = midErr + k * LN2_LO + 2.0 * sl + tail - twoSumNegatedError(a, b, s1)
                - twoSumNegatedError(s1, mid, s2);
        double logHi = s2 + lo;
        double logLo = lo - (logHi - s2);
        // y * log(ax) as a double-double, then exp of it
        double ph = y * logHi;
        double pl = twoProductError(y, logHi, ph) + y * logLo;
        double h = ph + pl;
        double l = pl - (h - ph);
        return expOfSum(h, l);
    }

    /**
     * exp(h + l) for |l| ≤ ulp(h) by fdlibm's reduction and rational polynomial, l folded into the reduced
     * argument's tail; with l = 0 it is exp's path for |x| ≥ 708, where the scaling of subnormal results must round
     * only once. NaN passes through (both comparisons fail and every later step keeps it).
     */
    private static double expOfSum(double h, double l) {
        if (h > O_THRESHOLD) {
            return Double.POSITIVE_INFINITY;
        }
        if (h < U_THRESHOLD) {
            return 0.0;
        }
        double kd = Math.floor(INV_LN2 * h + 0.5);
        double hi = h - kd * LN2_HI; // exact, as in exp
        double lo = kd * LN2_LO - l;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        return scaleByPowerOfTwo(y, (int) kd);
    }

    /** The rounding error of p = a*b, exactly (Dekker's product; valid while |a|, |b| below 2^995). */
    private static double twoProductError(double a, double b, double p) {
        double c = a * SPLITTER;
        double aHi = c - (c - a);
        double aLo = a - aHi;
        c = b * SPLITTER;
        double bHi = c - (c - b);
        double bLo = b - bHi;
        return ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo;
    }

    /**
     * s - (a+b) for s = a+b rounded, exactly: minus the rounding error, which Knuth's two-sum computes as
     * (a - (s - bv)) + (b - bv); negated so that callers subtract it (see the TeaVM note in the class comment).
     */
    private static double twoSumNegatedError(double a, double b, double s) {
        double bv = s - a;
        return ((s - bv) - a) - (b - bv);
    }
}
