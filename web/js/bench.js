// bench.html: times the benchmark workloads through the engine (TrainingRun, exactly what the Train view runs),
// each beside the engine's sample-by-sample path that the batched kernels replaced, a hand-written Float64Array
// loop of W1 (the near-limit baseline) and a register-blocked Float64Array matrix product of W4's shape (the
// scalar limit of this JavaScript engine), then prints a table and leaves the figures in window.benchResults
// for the browser benchmark test.
"use strict";
(function () {
  const options = new URLSearchParams(location.hash.slice(1));
  const REPS = Math.max(1, Number(options.get("reps")) || 5);
  const WARM = options.has("warm") ? Math.max(0, Number(options.get("warm"))) : 1;
  const ONLY = options.has("only") ? options.get("only").split(",") : null;
  const BASELINE_OF = "W1";
  const LIMIT_OF = "W4";

  function median(values) {
    const s = values.slice().sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  // The IEEE-754 bits as 16 hex digits, computed here rather than by the engine so the check is independent.
  function bitsOf(v) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    return view.getUint32(0).toString(16).padStart(8, "0") + view.getUint32(4).toString(16).padStart(8, "0");
  }

  // Let the page paint and the test poll between timed runs.
  function breathe() {
    return new Promise(resolve => setTimeout(resolve, 20));
  }

  // One full run of a workload through the engine, from a fresh start to its epoch limit: through the batched
  // kernels, or sample by sample (the path before them) when bySample is set.
  function engineRun(bench, fragment, bySample) {
    const problem = bySample ? bench.loadSampleBySample(fragment) : bench.load(fragment);
    if (problem) throw new Error(problem);
    const t0 = performance.now();
    const epochs = bench.train(2000000000);
    const ms = performance.now() - t0;
    return { ms, epochs, loss: bench.loss(), flops: bench.flopsPerEpoch() };
  }

  // The limit: C = A·B for A m × k and B k × n (W4's widest product, 100 × 128 by 128 × 128), Float64Array,
  // row-major, each C[i][j] summed over k in order from 0 (so bit-identical to the naive triple loop), with
  // rows × 4 columns of C held in local variables: 4 × 4 or 4 × 8 register blocks. m and n are multiples of 4 (8).
  function product4x4(a, b, c, m, k, n) {
    for (let i = 0; i < m; i += 4) {
      const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
      for (let j = 0; j < n; j += 4) {
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (let p = 0, q = j; p < k; p++, q += n) {
          const b0 = b[q], b1 = b[q + 1], b2 = b[q + 2], b3 = b[q + 3];
          const x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p], x3 = a[a3 + p];
          c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
          c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
          c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
          c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
        }
        const o0 = i * n + j, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
        c[o0] = c00; c[o0 + 1] = c01; c[o0 + 2] = c02; c[o0 + 3] = c03;
        c[o1] = c10; c[o1 + 1] = c11; c[o1 + 2] = c12; c[o1 + 3] = c13;
        c[o2] = c20; c[o2 + 1] = c21; c[o2 + 2] = c22; c[o2 + 3] = c23;
        c[o3] = c30; c[o3 + 1] = c31; c[o3 + 2] = c32; c[o3 + 3] = c33;
      }
    }
  }

  function product4x8(a, b, c, m, k, n) {
    for (let i = 0; i < m; i += 4) {
      const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
      for (let j = 0; j < n; j += 8) {
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c04 = 0, c05 = 0, c06 = 0, c07 = 0;
        let c10 = 0, c11 = 0, c12 = 0, c13 = 0, c14 = 0, c15 = 0, c16 = 0, c17 = 0;
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c24 = 0, c25 = 0, c26 = 0, c27 = 0;
        let c30 = 0, c31 = 0, c32 = 0, c33 = 0, c34 = 0, c35 = 0, c36 = 0, c37 = 0;
        for (let p = 0, q = j; p < k; p++, q += n) {
          const b0 = b[q], b1 = b[q + 1], b2 = b[q + 2], b3 = b[q + 3];
          const b4 = b[q + 4], b5 = b[q + 5], b6 = b[q + 6], b7 = b[q + 7];
          const x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p], x3 = a[a3 + p];
          c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
          c04 += x0 * b4; c05 += x0 * b5; c06 += x0 * b6; c07 += x0 * b7;
          c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
          c14 += x1 * b4; c15 += x1 * b5; c16 += x1 * b6; c17 += x1 * b7;
          c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
          c24 += x2 * b4; c25 += x2 * b5; c26 += x2 * b6; c27 += x2 * b7;
          c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
          c34 += x3 * b4; c35 += x3 * b5; c36 += x3 * b6; c37 += x3 * b7;
        }
        const o0 = i * n + j, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
        c[o0] = c00; c[o0 + 1] = c01; c[o0 + 2] = c02; c[o0 + 3] = c03;
        c[o0 + 4] = c04; c[o0 + 5] = c05; c[o0 + 6] = c06; c[o0 + 7] = c07;
        c[o1] = c10; c[o1 + 1] = c11; c[o1 + 2] = c12; c[o1 + 3] = c13;
        c[o1 + 4] = c14; c[o1 + 5] = c15; c[o1 + 6] = c16; c[o1 + 7] = c17;
        c[o2] = c20; c[o2 + 1] = c21; c[o2 + 2] = c22; c[o2 + 3] = c23;
        c[o2 + 4] = c24; c[o2 + 5] = c25; c[o2 + 6] = c26; c[o2 + 7] = c27;
        c[o3] = c30; c[o3 + 1] = c31; c[o3 + 2] = c32; c[o3 + 3] = c33;
        c[o3 + 4] = c34; c[o3 + 5] = c35; c[o3 + 6] = c36; c[o3 + 7] = c37;
      }
    }
  }

  function productNaive(a, b, c, m, k, n) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += a[i * k + p] * b[p * n + j];
        c[i * n + j] = sum;
      }
    }
  }

  // W4's widest product with deterministic values in (−1, 1); a timed run does as many products as make the matrix
  // work of one W4 run (set from the engine's count), so both face the machine's load for as long.
  const LIMIT = { m: 100, k: 128, n: 128, products: 600 };

  function limitProblem() {
    const { m, k, n } = LIMIT;
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2147483648 - 1;
    };
    const a = new Float64Array(m * k).map(next), b = new Float64Array(k * n).map(next);
    const naive = new Float64Array(m * n);
    productNaive(a, b, naive, m, k, n);
    return { a, b, c: new Float64Array(m * n), naive };
  }

  // One timed run of a blocked product; returns GFLOP/s and whether the last product equals the naive one bit
  // for bit.
  function limitRun(p, product) {
    const { m, k, n, products } = LIMIT;
    const t0 = performance.now();
    for (let r = 0; r < products; r++) product(p.a, p.b, p.c, m, k, n);
    const ms = performance.now() - t0;
    let same = true;
    for (let i = 0; i < p.c.length; i++) {
      if (!Object.is(p.c[i], p.naive[i])) same = false;
    }
    return { ms, gflops: 2 * m * k * n * products / (ms / 1000) / 1e9, same };
  }

  // What the hand-written loop needs from the engine: widths, initial weights, data, learning rate, epochs.
  function baselineProblem(bench, fragment) {
    const problem = bench.load(fragment);
    if (problem) throw new Error(problem);
    const link = new URLSearchParams(fragment);
    const sizes = Array.from(bench.sizes());
    const weights = [];
    for (let l = 1; l < sizes.length; l++) weights.push(Float64Array.from(bench.weights(l)));
    return {
      sizes, weights, xs: Float64Array.from(bench.inputs()), ys: Float64Array.from(bench.targets()),
      n: bench.samples(), eta: Number(link.get("lr")), epochs: Number(link.get("epochs")),
    };
  }

  // σ as the engine writes it, with the platform's Math.exp.
  function sigmoid(s) {
    if (s >= 0) return 1 / (1 + Math.exp(-s));
    const e = Math.exp(s);
    return e / (1 + e);
  }

  // W1 by hand: sigmoid units, MSE, full-batch SGD, in the engine's order of operations (bias row 0,
  // row-major W, gradients summed over the batch then scaled by 1/n). Returns the last epoch's mean loss.
  function baselineRun(p) {
    const L = p.sizes.length - 1;
    const w = p.weights.map(a => Float64Array.from(a));
    const g = w.map(a => new Float64Array(a.length));
    const x = [new Float64Array(p.sizes[0])];
    const d = [];
    for (let l = 1; l <= L; l++) {
      x.push(new Float64Array(p.sizes[l]));
      d.push(new Float64Array(p.sizes[l]));
    }
    const nIn0 = p.sizes[0];
    const k = p.sizes[L];
    const xs = p.xs, ys = p.ys, n = p.n, eta = p.eta;
    let loss = NaN;
    for (let epoch = 0; epoch < p.epochs; epoch++) {
      for (let l = 0; l < L; l++) g[l].fill(0);
      let lossSum = 0;
      for (let r = 0; r < n; r++) {
        const x0 = x[0];
        for (let i = 0; i < nIn0; i++) x0[i] = xs[r * nIn0 + i];
        for (let l = 0; l < L; l++) {
          const wl = w[l], prev = x[l], xl = x[l + 1];
          const nIn = prev.length, nOut = xl.length;
          for (let j = 0; j < nOut; j++) {
            let sum = wl[j];
            for (let i = 0, q = nOut + j; i < nIn; i++, q += nOut) sum += prev[i] * wl[q];
            xl[j] = sigmoid(sum);
          }
        }
        const y = x[L], dl = d[L - 1];
        let e = 0;
        for (let j = 0; j < k; j++) {
          const diff = y[j] - ys[r * k + j];
          e += diff * diff;
        }
        lossSum += e / k;
        for (let j = 0; j < k; j++) dl[j] = 2 * (y[j] - ys[r * k + j]) / k * (y[j] * (1 - y[j]));
        for (let l = L - 1; l >= 0; l--) {
          const dd = d[l], gl = g[l], prev = x[l];
          const nOut = dd.length;
          for (let j = 0; j < nOut; j++) gl[j] += dd[j];
          for (let i = 0, row = nOut; i < prev.length; i++, row += nOut) {
            const xi = prev[i];
            for (let j = 0; j < nOut; j++) gl[row + j] += xi * dd[j];
          }
          if (l > 0) {
            const wl = w[l], below = d[l - 1], xb = x[l];
            for (let i = 0, row = nOut; i < below.length; i++, row += nOut) {
              let sum = 0;
              for (let j = 0; j < nOut; j++) sum += wl[row + j] * dd[j];
              below[i] = sum * (xb[i] * (1 - xb[i]));
            }
          }
        }
      }
      const scale = 1.0 / n;
      for (let l = 0; l < L; l++) {
        const wl = w[l], gl = g[l];
        for (let i = 0; i < gl.length; i++) gl[i] *= scale;
        for (let i = 0; i < wl.length; i++) wl[i] -= eta * gl[i];
      }
      loss = lossSum / n;
    }
    return loss;
  }

  function row(cells, widths) {
    return cells.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();
  }

  function report(results) {
    const widths = [10, 8, 10, 10, 10, 8, 12, 9, 20, 18];
    const lines = [row(["workload", "epochs", "median ms", "epochs/s", "best ep/s", "GFLOP/s", "by-sample/s",
      "batched×", "runs (ms)", "final loss bits"], widths)];
    for (const w of results.workloads) {
      lines.push(row([w.name, w.epochs, w.medianMs.toFixed(1), w.epochsPerSecond.toFixed(0),
        w.bestEpochsPerSecond.toFixed(0), w.gflops.toFixed(2), w.sampleEpochsPerSecond.toFixed(0),
        w.speedup.toFixed(2) + "×", w.ms.map(t => t.toFixed(0)).join(","),
        w.bits + (w.deterministic ? "" : " (varies!)") + (w.sampleBits === w.bits ? "" : " by-sample " + w.sampleBits)],
      widths));
    }
    const b = results.baseline;
    if (b) {
      lines.push(row(["JS " + b.of, b.epochs, b.medianMs.toFixed(1), b.epochsPerSecond.toFixed(0),
        b.bestEpochsPerSecond.toFixed(0), "", "", "", b.ms.map(t => t.toFixed(0)).join(","), b.bits], widths));
      lines.push("");
      lines.push("engine / hand-written JS on " + b.of + ": " + b.ratio.toFixed(3) + "× (medians), "
        + b.bestRatio.toFixed(3) + "× (fastest runs)");
      lines.push("final loss: engine " + b.engineLoss + ", hand-written " + b.loss + (b.equal ? " (bit-identical)"
        : " (differ by " + (b.loss - b.engineLoss) + ")"));
    }
    const l = results.limit;
    if (l) {
      lines.push("");
      lines.push("limit: blocked Float64Array product " + l.shape + ": " + l.gflops4x4.toFixed(2) + " GFLOP/s (4×4), "
        + l.gflops4x8.toFixed(2) + " GFLOP/s (4×8)"
        + (l.sameAsNaive ? ", bit-identical to the naive loop" : ", NOT equal to the naive loop!"));
      lines.push("engine " + l.of + " / limit: " + l.ratio.toFixed(3) + "× (" + l.engineGflops.toFixed(2) + " of "
        + l.gflops.toFixed(2) + " GFLOP/s, medians), " + l.bestRatio.toFixed(3) + "× (fastest runs)");
    }
    lines.push("");
    lines.push(results.userAgent);
    lines.push("warm-up runs " + results.warm + ", timed runs " + results.reps + "; median of the timed runs; batched "
      + "and sample-by-sample runs alternate");
    return lines.join("\n");
  }

  async function run() {
    const bench = benchmarks();
    const results = {
      userAgent: navigator.userAgent, reps: REPS, warm: WARM, workloads: [], baseline: null, limit: null,
    };
    for (const name of bench.names()) {
      if (ONLY && !ONLY.includes(name)) continue;
      const fragment = bench.fragment(name);
      const withBaseline = name === BASELINE_OF;
      const withLimit = name === LIMIT_OF;
      const problem = withBaseline ? baselineProblem(bench, fragment) : null;
      const limit = withLimit ? limitProblem() : null;
      if (withLimit) {
        bench.load(fragment);
        const work = bench.flopsPerEpoch() * Number(new URLSearchParams(fragment).get("epochs"));
        LIMIT.products = Math.max(1, Math.round(work / (2 * LIMIT.m * LIMIT.k * LIMIT.n)));
      }
      for (let i = 0; i < WARM; i++) {
        engineRun(bench, fragment, false);
        engineRun(bench, fragment, true);
        if (withBaseline) baselineRun(problem);
        if (withLimit) {
          limitRun(limit, product4x4);
          limitRun(limit, product4x8);
        }
        await breathe();
      }
      const ms = [], sampleMs = [], baseMs = [], losses = [], sampleLosses = [], baseLosses = [];
      const limit4 = [], limit8 = [];
      let epochs = 0, flops = 0, sameAsNaive = true;
      // Batched, sample by sample, baseline and limit alternate, so a busy moment on the machine hits all alike.
      for (let r = 0; r < REPS; r++) {
        const e = engineRun(bench, fragment, false);
        ms.push(e.ms);
        losses.push(bitsOf(e.loss));
        epochs = e.epochs;
        flops = e.flops;
        await breathe();
        const s = engineRun(bench, fragment, true);
        sampleMs.push(s.ms);
        sampleLosses.push(bitsOf(s.loss));
        await breathe();
        if (withBaseline) {
          const t0 = performance.now();
          baseLosses.push(baselineRun(problem));
          baseMs.push(performance.now() - t0);
          await breathe();
        }
        if (withLimit) {
          const a = limitRun(limit, product4x4);
          await breathe();
          const b = limitRun(limit, product4x8);
          limit4.push(a.gflops);
          limit8.push(b.gflops);
          sameAsNaive = sameAsNaive && a.same && b.same;
          await breathe();
        }
      }
      const epochsPerSecond = epochs / (median(ms) / 1000);
      const sampleEpochsPerSecond = epochs / (median(sampleMs) / 1000);
      const w = {
        name, fragment, epochs, ms, medianMs: median(ms), epochsPerSecond,
        bestEpochsPerSecond: epochs / (Math.min(...ms) / 1000), flopsPerEpoch: flops,
        gflops: epochsPerSecond * flops / 1e9, sampleMs, sampleEpochsPerSecond,
        speedup: epochsPerSecond / sampleEpochsPerSecond, sampleBits: sampleLosses[0],
        bits: losses[0], loss: bench.loss(),
        deterministic: losses.every(b => b === losses[0]) && sampleLosses.every(b => b === sampleLosses[0]),
      };
      results.workloads.push(w);
      if (withBaseline) {
        const medianMs = median(baseMs);
        const loss = baseLosses[0];
        results.baseline = {
          of: name, epochs: problem.epochs, ms: baseMs, medianMs, epochsPerSecond: problem.epochs / (medianMs / 1000),
          bestEpochsPerSecond: problem.epochs / (Math.min(...baseMs) / 1000),
          bestRatio: w.bestEpochsPerSecond / (problem.epochs / (Math.min(...baseMs) / 1000)),
          loss, bits: bitsOf(loss), engineLoss: w.loss, engineBits: w.bits, equal: bitsOf(loss) === w.bits,
          ratio: w.epochsPerSecond / (problem.epochs / (medianMs / 1000)),
        };
      }
      if (withLimit) {
        const gflops4x4 = median(limit4), gflops4x8 = median(limit8);
        const gflops = Math.max(gflops4x4, gflops4x8);
        results.limit = {
          of: name, shape: LIMIT.m + "×" + LIMIT.k + " by " + LIMIT.k + "×" + LIMIT.n, gflops4x4, gflops4x8, gflops,
          runs4x4: limit4, runs4x8: limit8, sameAsNaive, engineGflops: w.gflops, ratio: w.gflops / gflops,
          products: LIMIT.products, bestRatio: w.bestEpochsPerSecond * flops / 1e9 / Math.max(...limit4, ...limit8),
        };
      }
      document.getElementById("out").textContent = report(results);
    }
    return results;
  }

  run().then(results => {
    window.benchResults = results;
    document.getElementById("out").textContent = report(results);
    document.getElementById("state").textContent = "done";
  }, error => {
    window.benchResults = { error: String(error && error.stack || error) };
    document.getElementById("state").textContent = "failed: " + error;
  });
})();
