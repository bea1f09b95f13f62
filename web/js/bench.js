// bench.html: times the benchmark workloads through the engine (TrainingRun, exactly what the Train view runs)
// and a hand-written Float64Array loop of W1 (the near-limit baseline), then prints a table and leaves the
// figures in window.benchResults for the browser benchmark test.
"use strict";
(function () {
  const options = new URLSearchParams(location.hash.slice(1));
  const REPS = Math.max(1, Number(options.get("reps")) || 5);
  const WARM = options.has("warm") ? Math.max(0, Number(options.get("warm"))) : 1;
  const ONLY = options.has("only") ? options.get("only").split(",") : null;
  const BASELINE_OF = "W1";

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

  // One full run of a workload through the engine, from a fresh start to its epoch limit.
  function engineRun(bench, fragment) {
    const problem = bench.load(fragment);
    if (problem) throw new Error(problem);
    const t0 = performance.now();
    const epochs = bench.train(2000000000);
    const ms = performance.now() - t0;
    return { ms, epochs, loss: bench.loss() };
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
    const widths = [10, 8, 10, 12, 12, 14, 18];
    const lines = [row(["workload", "epochs", "median ms", "epochs/s", "best ep/s", "runs (ms)", "final loss bits"],
      widths)];
    for (const w of results.workloads) {
      lines.push(row([w.name, w.epochs, w.medianMs.toFixed(1), w.epochsPerSecond.toFixed(0),
        w.bestEpochsPerSecond.toFixed(0),
        w.ms.map(t => t.toFixed(0)).join(","), w.bits + (w.deterministic ? "" : " (varies!)")], widths));
    }
    const b = results.baseline;
    if (b) {
      lines.push(row(["JS " + b.of, b.epochs, b.medianMs.toFixed(1), b.epochsPerSecond.toFixed(0),
        b.bestEpochsPerSecond.toFixed(0),
        b.ms.map(t => t.toFixed(0)).join(","), b.bits], widths));
      lines.push("");
      lines.push("engine / hand-written JS on " + b.of + ": " + b.ratio.toFixed(3) + "× (medians), "
        + b.bestRatio.toFixed(3) + "× (fastest runs)");
      lines.push("final loss: engine " + b.engineLoss + ", hand-written " + b.loss + (b.equal ? " (bit-identical)"
        : " (differ by " + (b.loss - b.engineLoss) + ")"));
    }
    lines.push("");
    lines.push(results.userAgent);
    lines.push("warm-up runs " + results.warm + ", timed runs " + results.reps + "; median of the timed runs");
    return lines.join("\n");
  }

  async function run() {
    const bench = benchmarks();
    const results = { userAgent: navigator.userAgent, reps: REPS, warm: WARM, workloads: [], baseline: null };
    for (const name of bench.names()) {
      if (ONLY && !ONLY.includes(name)) continue;
      const fragment = bench.fragment(name);
      const withBaseline = name === BASELINE_OF;
      const problem = withBaseline ? baselineProblem(bench, fragment) : null;
      for (let i = 0; i < WARM; i++) {
        engineRun(bench, fragment);
        if (withBaseline) baselineRun(problem);
        await breathe();
      }
      const ms = [], baseMs = [], losses = [], baseLosses = [];
      let epochs = 0;
      // Engine and baseline alternate, so a busy moment on the machine hits both alike.
      for (let r = 0; r < REPS; r++) {
        const e = engineRun(bench, fragment);
        ms.push(e.ms);
        losses.push(bitsOf(e.loss));
        epochs = e.epochs;
        await breathe();
        if (withBaseline) {
          const t0 = performance.now();
          baseLosses.push(baselineRun(problem));
          baseMs.push(performance.now() - t0);
          await breathe();
        }
      }
      const w = {
        name, fragment, epochs, ms, medianMs: median(ms), epochsPerSecond: epochs / (median(ms) / 1000),
        bestEpochsPerSecond: epochs / (Math.min(...ms) / 1000),
        bits: losses[0], loss: bench.loss(), deterministic: losses.every(b => b === losses[0]),
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
