// The Train view: controls that show only the settings that matter, Play/Pause/Step/Reset, the learning
// curves (loss with a log-scale toggle, accuracy), and the data plots: decision boundary and confusion matrix
// for classes; true function, data, network curve and derivatives for a one-input regression. Every number
// shown comes from Java, formatted there; this file only wires controls and draws.
"use strict";
(function () {
  const FRAME_BUDGET_MS = 14;     // training + drawing per animation frame, so the page keeps 60 fps (16.7 ms)
  const MIN_BUDGET_MS = 6;        // what a frame keeps for JavaScript however slowly the machine paints
  const LATE_FRAME_MS = 20;       // a gap this long between frames means one was missed
  const MIN_TRAIN_MS = 3;         // even a heavy frame of drawing leaves training this much
  const CONFUSION_EVERY_MS = 250; // the matrix needs a pass over the data: a few times a second is plenty
  const BOUNDARY_RES = 60;
  const TRACE_BUCKETS = 1000;     // learning curves: exact up to 2000 epochs, then min/max per bucket
  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
  const BLUE = "#0072b2", ORANGE = "#e69f00", VERMILLION = "#d55e00", GREEN = "#009e73", INK = "#1d1d1f";
  const CLASS_RGB = [[230, 159, 0], [0, 114, 178], [0, 158, 115], [204, 121, 167], [86, 180, 233],
    [213, 94, 0], [240, 228, 66], [90, 90, 90], [160, 160, 160], [120, 80, 40]];
  // Chart series: [history id in Java, chart, dataset index].
  const CURVES = [["loss", "loss", 0], ["val_loss", "loss", 1], ["test_loss", "loss", 2],
    ["acc", "accuracy", 0], ["val_acc", "accuracy", 1], ["test_acc", "accuracy", 2]];
  const PREVIEW_PX = 56;
  const INIT_LABELS = {
    constant: ["Constant value a", "b"], uniform: ["Low a", "High b"], normal: ["Mean a", "Standard deviation b"],
  };

  const state = {
    lab: null,
    playing: false,
    charts: {},          // loss, accuracy, fit, slope
    traces: {},          // history id -> the curve as drawn (see newTrace)
    plotted: {},         // history id -> values already fetched
    epochsPerFrame: 1,
    owed: 0,             // at a set speed: the epochs the clock has made due and not yet trained
    budgetMs: FRAME_BUDGET_MS, // training + drawing per frame, shrunk while frames come late (see frame)
    lastFrameAt: null,   // the previous frame's time stamp while playing
    paced: {},           // part of the drawing -> { at, cost } of its last run
    sizes: [0, 0, 0],    // training, validation, test points of the current run
    classification: true,
  };

  function init(lab) {
    initCharts(lab);
    initControls(lab);
  }

  // The four charts (Chart.js), made before the first run fills them.
  function initCharts(lab) {
    for (const name of ["loss", "accuracy", "fit", "slope"]) makeChart(name, lab);
  }

  // While the page starts, a chart is made on a copy of its canvas outside the page, where Chart.js leaves it undrawn,
  // and the copy takes the canvas's place in the next part, where Chart.js lays the chart out and draws it: each half a
  // task of its own (Chart.js's first chart runs much of its code for the first time, which is slow).
  const unplaced = [];
  function outsideThePage(canvas) {
    const copy = canvas.cloneNode(false);
    document.createElement("div").append(copy);
    unplaced.push([canvas, copy]);
    return copy;
  }
  function placeCharts() {
    for (const [canvas, copy] of unplaced.splice(0)) canvas.replaceWith(copy);
  }

  function makeChart(name, lab, starting) {
    state.lab = lab;
    const format = v => lab.format(v);
    const $ = id => (starting ? outsideThePage(document.getElementById(id)) : document.getElementById(id));
    if (name === "loss") state.charts.loss = makeCurveChart($("loss-chart"), "loss", format);
    if (name === "accuracy") {
      state.charts.accuracy = makeCurveChart($("accuracy-chart"), "accuracy (%)", v => format(v) + " %");
      state.charts.accuracy.options.scales.y.min = 0;
      state.charts.accuracy.options.scales.y.max = 100;
    }
    if (name === "fit") {
      state.charts.fit = makeXYChart($("fit-chart"), "y", [
        line("true function", INK, [6, 4]), line("network", BLUE),
        dots("training points", ORANGE, "circle", true), dots("validation points", VERMILLION, "triangle", false),
        dots("test points", GREEN, "crossRot", false)]);
    }
    if (name === "slope") {
      state.charts.slope = makeXYChart($("slope-chart"), "dy/dx", [
        line("true f′(x)", INK, [6, 4]), line("network ∂y/∂x", BLUE)]);
    }
  }

  function initControls(lab) {
    buildDatasetChooser(lab);
    $("settings-toggle").addEventListener("click", () => {
      lab.set("settings", settingsFolded() ? "open" : "folded");
      BackpropLab.updateLink();
      applySettingsPanel();
    });
    bindPlotTabs();
    BackpropLab.onProjector(applySettingsPanel);
    $("play").addEventListener("click", togglePlay);
    $("step").addEventListener("click", () => { pause(); step(); });
    $("reset").addEventListener("click", () => { pause(); restart("reset"); });
    $("loss-log").addEventListener("change", setLogScale);
    $("confusion-part").addEventListener("change", drawConfusion);
    $("csv-use").addEventListener("click", useCsv);
    $("csv-file").addEventListener("change", uploadCsv);
    // canvas and chart texts: relabelled on a language switch, redrawn thicker on a projector
    BackpropLab.onLanguage(() => {
      for (const chart of translateCharts()) chart.update("none");
    });
    BackpropLab.onProjector(() => { if (state.classification && state.lab) drawBoundary($("boundary")); });
    // the speeds read as speeds, not ids (the page's translation follows)
    for (const option of $("speed").options) {
      option.textContent = option.value === "auto" ? "auto (10 s)" : option.value === "max" ? "fastest"
        : option.value === "1" ? "1 epoch/s"
        : option.value + " epochs/s";
    }
    const actIds = $("activation-ids");
    if (actIds.options.length === 0) {
      for (const id of lab.choices("out")) actIds.append(new Option(lab.choiceName("out", id), id));
    }
  }

  // ---- the settings panel, the plot tabs and the dataset chooser ------------------------------------------------

  // Folded when the lecturer folded it, or by default in projector mode, where the class needs the plots.
  function settingsFolded() {
    const set = state.lab.get("settings");
    return set === "folded" || (set === "auto" && state.lab.get("proj") === "on");
  }

  function applySettingsPanel() {
    const folded = settingsFolded();
    document.documentElement.classList.toggle("settings-folded", folded);
    $("settings-toggle").setAttribute("aria-expanded", folded ? "false" : "true");
  }

  // Tabs under the diagram (ARIA tabs: arrows, Home and End move along them and show the one reached).
  function plotTabs() {
    return Array.from(document.querySelectorAll(".plot-tabs [role=tab]")).filter(tab => !tab.hidden);
  }

  function bindPlotTabs() {
    for (const tab of document.querySelectorAll(".plot-tabs [role=tab]")) {
      tab.addEventListener("click", () => selectPlotTab(tab));
      tab.addEventListener("keydown", e => {
        const tabs = plotTabs();
        const at = tabs.indexOf(tab);
        const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        e.stopPropagation(); // → is the view's "step" key elsewhere
        const next = tabs[(to + tabs.length) % tabs.length];
        selectPlotTab(next);
        next.focus();
      });
    }
  }

  function selectPlotTab(chosen) {
    for (const tab of document.querySelectorAll(".plot-tabs [role=tab]")) {
      const on = tab === chosen;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      // hidden, but laid out (lab.css): a chart in a hidden tab keeps drawing at its size
      $(tab.getAttribute("aria-controls")).hidden = !on;
    }
  }

  // The tabs the run has (accuracy and confusion matrix for classes, the derivative for a curve); if the
  // selected one went away, the loss is shown.
  function showPlotTabs(classification, regression) {
    const has = { "plot-tab-loss": true, "plot-tab-accuracy": classification, "plot-tab-confusion": classification,
      "plot-tab-slope": regression };
    for (const tab of document.querySelectorAll(".plot-tabs [role=tab]")) {
      tab.hidden = !has[tab.id];
      $(tab.getAttribute("aria-controls")).classList.toggle("absent", !has[tab.id]);
    }
    const selected = document.querySelector(".plot-tabs [aria-selected=true]");
    selectPlotTab(selected && !selected.hidden ? selected : $("plot-tab-loss"));
  }

  // One radio button per dataset, each with a small picture of its points (or its curve) and its name.
  function buildDatasetChooser(lab) {
    const box = $("dataset-chooser");
    for (const id of lab.choices("data")) {
      const label = document.createElement("label");
      label.className = "dataset-choice";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "dataset-choice";
      input.value = id;
      input.dataset.key = "data";
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = PREVIEW_PX * 2;
      canvas.setAttribute("aria-hidden", "true");
      canvas.dataset.dataset = id;
      const name = document.createElement("span");
      name.textContent = lab.choiceName("data", id); // the settings' menu shows the same names
      label.append(input, canvas, name);
      box.append(label);
      BackpropLab.bindField(input);
    }
  }

  // The chosen dataset is scrolled into view inside the chooser (never the page).
  function revealChosenDataset() {
    const checked = document.querySelector("#dataset-chooser input:checked");
    const column = checked && checked.closest(".data-column");
    if (!column || column.scrollHeight <= column.clientHeight) return;
    const choice = checked.closest("label");
    const top = choice.offsetTop;
    if (top < column.scrollTop || top + choice.offsetHeight > column.scrollTop + column.clientHeight) {
      column.scrollTop = top - (column.clientHeight - choice.offsetHeight) / 2;
    }
  }

  // The pictures follow the data settings (points, noise, seed, formula, CSV rows). While the page starts, a few at a
  // time (from, to: which pictures), each few in a task of its own.
  function drawDatasetPreviews(from, to) {
    const key = ["n", "noise", "dseed", "f", "csv"].map(k => state.lab.get(k)).join("\u0000");
    if (from === undefined && key === state.previewKey) return;
    state.previewKey = key;
    for (const canvas of Array.from(document.querySelectorAll("#dataset-chooser canvas")).slice(from, to)) {
      drawPreview(canvas, state.lab.datasetPreview(canvas.dataset.dataset));
    }
  }

  function drawPreview(canvas, data) {
    const ctx = canvas.getContext("2d");
    const size = canvas.width;
    ctx.clearRect(0, 0, size, size);
    if (data.length < 4) {
      ctx.fillStyle = "#5b5b60";
      ctx.font = Math.round(size / 4) + "px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText("CSV", size / 2, size / 2);
      return;
    }
    const classes = data[0] === 1;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (let i = 1; i < data.length; i += 3) {
      const y = classes ? data[i + 1] : data[i + 2];
      x0 = Math.min(x0, data[i]); x1 = Math.max(x1, data[i]);
      y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
    const pad = size * 0.1;
    const sx = v => pad + (x1 > x0 ? (v - x0) / (x1 - x0) : 0.5) * (size - 2 * pad);
    const sy = v => size - pad - (y1 > y0 ? (v - y0) / (y1 - y0) : 0.5) * (size - 2 * pad);
    const r = data.length > 100 ? size / 28 : size / 16;
    for (let i = 1; i < data.length; i += 3) {
      ctx.beginPath();
      if (classes) {
        ctx.arc(sx(data[i]), sy(data[i + 1]), r, 0, 2 * Math.PI);
        ctx.fillStyle = "rgb(" + CLASS_RGB[data[i + 2] % CLASS_RGB.length].join(",") + ")";
      } else {
        ctx.arc(sx(data[i]), sy(data[i + 2]), size / 30, 0, 2 * Math.PI);
        ctx.fillStyle = BLUE;
      }
      ctx.fill();
    }
  }

  // ---- training loop -------------------------------------------------------------------------------------

  function step() {
    if (state.lab.stopped() || state.lab.problem()) return;
    state.lab.train(1);
    draw(true);
  }

  // Starts the run again: as the link says (no argument), after a setting changed that a run can't go on with
  // (its key), or from the Reset button ("reset"); the last two keep the settings as they are now.
  function restart(why) {
    const lab = state.lab;
    if (why === "reset") lab.resetToNow();
    else if (why) lab.restartAfter(why);
    else lab.reset();
    if (why) BackpropLab.updateLink();
    for (const [, part] of RESTART_PARTS) part();
  }

  // What a new run shows, in parts: while the page starts, each is a task of its own (see register, below).
  const RESTART_PARTS = [
    ["run's curves", () => {
      const lab = state.lab;
      syncLiveFields();
      state.sizes = Array.from(lab.splitSizes());
      state.classification = lab.classification();
      for (const [id, chartName, index] of CURVES) {
        state.traces[id] = newTrace();
        state.plotted[id] = 0;
        state.charts[chartName].data.datasets[index].data = [];
      }
      state.epochsPerFrame = 1;
      // a key for the training curve alone says nothing: the legend shows when validation or test curves join it
      for (const name of ["loss", "accuracy"]) {
        state.charts[name].options.plugins.legend.display = state.sizes[1] + state.sizes[2] > 0;
      }
      translateCharts();
    }],
    ["run's controls", () => {
      showPlots();
      refreshControls();
      applySettingsPanel();
    }],
    ["run's title and status", () => {
      const lab = state.lab;
      const title = lab.title();
      $("experiment-title").textContent = title;
      $("experiment-title").title = title;
      // Settings that can't start keep the last run on screen, dimmed and said to be old, and nothing trains it.
      const blocked = lab.problem() !== "";
      $("play").disabled = blocked;
      $("step").disabled = blocked;
      $("view-train").classList.toggle("stale", blocked);
      $("stale-note").hidden = !blocked;
      // CSV rows from a link are not checked on the way in: list all their problems under the box.
      const csv = document.querySelector("#controls [data-key=csv]");
      const data = lab.get("data");
      if (lab.problem() && (data === "csv" || data === "csv_xy") && !csv.closest("[hidden]")) {
        BackpropLab.markField(csv, "CSV data:\n" + Array.from(lab.dataProblems()).join("\n"));
      }
    }],
    ["dataset pictures", () => drawDatasetPreviews()],
    ["chosen dataset", () => revealChosenDataset()],
    ["first drawing", () => {
      for (const name of ["loss", "accuracy"]) state.charts[name].update("none");
      draw(true);
    }],
  ];

  function togglePlay() {
    if (state.playing) { pause(); return; }
    if (state.lab.stopped()) restart();
    if (state.lab.problem()) return; // the status says what to fix
    state.playing = true;
    $("play").textContent = "Pause"; // English: the page's translation follows
    $("play").setAttribute("aria-pressed", "true");
    state.lastFrameAt = null;
    state.owed = 1; // the first epoch at once, so that a slow speed still answers the press
    requestAnimationFrame(frame);
  }

  function pause() {
    if (!state.playing) return;
    state.playing = false;
    $("play").textContent = "Play";
    $("play").setAttribute("aria-pressed", "false");
    draw(true);
  }

  // One animation frame: train, then draw; training gets what the last frame's drawing left of the budget.
  function frame(now) {
    if (!state.playing) return;
    const gap = state.lastFrameAt === null ? 1000 / 60 : now - state.lastFrameAt;
    // The browser paints and composites the canvases after this function returns, in a time that depends on the
    // machine: a late frame takes a millisecond from the budget, an on-time one gives a little back.
    if (state.lastFrameAt !== null) {
      state.budgetMs = gap > LATE_FRAME_MS ? Math.max(MIN_BUDGET_MS, state.budgetMs - 1)
        : Math.min(FRAME_BUDGET_MS, state.budgetMs + 0.03);
    }
    state.lastFrameAt = now;
    const start = performance.now();
    const done = state.lab.train(epochsDue(gap));
    const spent = performance.now() - start;
    if (state.lab.stopped()) { pause(); return; }
    draw(false);
    const drawn = performance.now() - start - spent;
    state.drawMs = 0.7 * (state.drawMs || 0) + 0.3 * drawn; // smoothed: one slow chart redraw is not the norm
    if (done > 0) {
      const perEpoch = Math.max(spent / done, 0.001);
      const budget = Math.max(MIN_TRAIN_MS, state.budgetMs - state.drawMs);
      state.epochsPerFrame = Math.max(1, Math.min(10000, Math.floor(budget / perEpoch)));
    }
    requestAnimationFrame(frame);
  }

  // Epochs for this frame: as many as the budget allows, or at a set speed those the clock has made due since the
  // last frame (the fraction carried over), never more than the budget. A long gap (a hidden tab) is not made up.
  function epochsDue(gap) {
    const perSecond = state.lab.epochsPerSecond(); // "auto": the run's epochs over about ten seconds
    if (perSecond === 0) return state.epochsPerFrame;
    state.owed += perSecond * Math.min(gap, 100) / 1000;
    const due = Math.floor(state.owed);
    state.owed -= due;
    return Math.min(due, state.epochsPerFrame);
  }

  // ---- drawing ---------------------------------------------------------------------------------------------

  // Draws what is due. While playing, each part waits at least three times its own drawing time (and a
  // minimum gap) before drawing again, so that a chart holding 100 000 epochs, or a slow confusion matrix,
  // never takes more than a quarter of the time from training; at a pause or a step everything is drawn.
  // only: one part of the drawing (while the page starts, each part is a task of its own)
  function draw(everything, only) {
    const lab = state.lab;
    const paced = (name, minGap, all, work) => { if (!only || only === name) pacedPart(name, minGap, all, work); };
    paced("readouts", 100, everything, () => {
      const m = lab.metrics();
      $("epoch").textContent = m[0];
      $("loss").textContent = m[1] || "–";
      $("val-loss").textContent = m[2] || "–";
      $("test-loss").textContent = m[3] || "–";
      $("accuracy").textContent = m[4] || "–";
      $("val-accuracy").textContent = m[5] || "–";
      $("test-accuracy").textContent = m[6] || "–";
      setStatus(lab.statusLine(), lab.problem() !== "" || lab.diverged());
      if (lab.changeMarks().length !== state.marksShown) syncLiveFields();
    });
    paced("curves", 0, everything, appendCurves);
    if (state.classification) {
      paced("boundary", 0, everything, () => drawBoundary($("boundary")));
      paced("confusion", CONFUSION_EVERY_MS, everything, drawConfusion);
    } else {
      paced("regression", 0, everything, drawRegression);
    }
  }

  function pacedPart(name, minGap, everything, work) {
    const now = performance.now();
    const last = state.paced[name] || { at: -Infinity, cost: 0 };
    if (!everything && now - last.at < Math.max(minGap, 3 * last.cost)) return;
    work();
    state.paced[name] = { at: now, cost: performance.now() - now };
  }

  // The settings that change while a run trains show the value in force at its epoch: a replayed link's changes
  // appear in the controls as the run reaches them (a control being typed in is left alone).
  function syncLiveFields() {
    const lab = state.lab;
    state.marks = Array.from(lab.changeMarks());
    state.marksShown = state.marks.length;
    if (state.charts.loss) state.charts.loss.update("none");
    for (const key of lab.liveKeys()) {
      for (const el of document.querySelectorAll("[data-key='" + key + "']")) {
        if (el !== document.activeElement) el.value = lab.get(key);
      }
    }
    refreshControls();
  }

  function setStatus(text, bad) {
    const el = $("status");
    el.textContent = text;
    el.classList.toggle("bad", bad);
  }

  function logScale() {
    return $("loss-log").checked;
  }

  // A history value as a chart point: non-finite values (a diverged run) and, on a log axis, values ≤ 0
  // become gaps instead of breaking the scale.
  function point(x, y, log) {
    return { x, y: Number.isFinite(y) && (!log || y > 0) ? y : null };
  }

  function appendCurves() {
    const log = logScale();
    const touched = new Set();
    for (const [id, chartName] of CURVES) {
      const fresh = state.lab.history(id, state.plotted[id]);
      if (fresh.length === 0) continue;
      const trace = state.traces[id];
      const scale = chartName === "accuracy" ? 100 : 1;
      const first = state.plotted[id] + 1;
      for (let i = 0; i < fresh.length; i++) traceAdd(trace, point(first + i, fresh[i] * scale, log && scale === 1));
      state.plotted[id] += fresh.length;
      touched.add(chartName);
    }
    // Assign a new array rather than push into the chart's: the decimation plugin swaps that array for its sample.
    for (const [id, chartName, index] of CURVES) {
      if (touched.has(chartName)) state.charts[chartName].data.datasets[index].data = tracePoints(state.traces[id]);
    }
    for (const name of touched) state.charts[name].update("none");
  }

  function setLogScale() {
    const log = logScale();
    const chart = state.charts.loss;
    chart.options.scales.y.type = log ? "logarithmic" : "linear";
    chart.options.scales.y.beginAtZero = !log;
    chart.options.scales.y.ticks.autoSkip = !log; // the tick callback already thins the log axis to 1, 2, 5
    // Refetch from Java so that zeros dropped on the log axis come back on the linear one.
    for (const [id, chartName, index] of CURVES) {
      if (chartName !== "loss") continue;
      const all = state.lab.history(id, 0);
      const trace = state.traces[id] = newTrace();
      for (let i = 0; i < all.length; i++) traceAdd(trace, point(i + 1, all[i], log));
      state.plotted[id] = all.length;
      chart.data.datasets[index].data = tracePoints(trace);
    }
    chart.update("none");
  }

  // A learning curve kept small enough to redraw every frame at any epoch count. Epochs are grouped into
  // buckets of equal width; a bucket keeps its lowest and highest point (and a gap if it met a non-finite
  // value), so spikes survive. Up to 2 × TRACE_BUCKETS epochs the width is 1 and the curve is exact; when the
  // buckets fill up, neighbours merge and the width doubles, so adding an epoch costs O(1) on average and the
  // chart never holds more than about 4 × TRACE_BUCKETS points.
  function newTrace() {
    return { width: 1, buckets: [], open: null };
  }

  function traceAdd(trace, p) {
    const b = trace.open || (trace.open = { n: 0, lo: null, hi: null, gap: null });
    b.n++;
    if (p.y === null) {
      if (!b.gap) b.gap = p;
    } else {
      if (!b.lo || p.y < b.lo.y) b.lo = p;
      if (!b.hi || p.y > b.hi.y) b.hi = p;
    }
    if (b.n < trace.width) return;
    trace.buckets.push(b);
    trace.open = null;
    if (trace.buckets.length < 2 * TRACE_BUCKETS) return;
    const merged = [];
    for (let i = 0; i < trace.buckets.length; i += 2) merged.push(mergeBuckets(trace.buckets[i], trace.buckets[i + 1]));
    trace.buckets = merged;
    trace.width *= 2;
  }

  function mergeBuckets(a, b) {
    const lower = (p, q) => (!p ? q : !q ? p : q.y < p.y ? q : p);
    const higher = (p, q) => (!p ? q : !q ? p : q.y > p.y ? q : p);
    return { n: a.n + b.n, lo: lower(a.lo, b.lo), hi: higher(a.hi, b.hi), gap: a.gap || b.gap };
  }

  function tracePoints(trace) {
    const out = [];
    const emit = b => {
      const ps = [b.lo, b.hi === b.lo ? null : b.hi, b.gap].filter(p => p !== null);
      ps.sort((p, q) => p.x - q.x);
      for (const p of ps) out.push(p);
    };
    for (const b of trace.buckets) emit(b);
    if (trace.open) emit(trace.open);
    return out;
  }

  // Which figures the run needs: boundary and confusion matrix for classes, curve and derivative for a curve.
  function showPlots() {
    const regression = !state.classification && state.lab.regression().active();
    const [, nVal, nTest] = state.sizes;
    $("boundary-figure").hidden = !state.classification;
    $("fit-figure").hidden = !regression;
    showPlotTabs(state.classification, regression);
    for (const el of document.querySelectorAll("#view-train .m-val")) el.hidden = nVal === 0;
    for (const el of document.querySelectorAll("#view-train .m-test")) el.hidden = nTest === 0;
    for (const el of document.querySelectorAll("#view-train .m-acc")) el.hidden = !state.classification;
    document.querySelector("#view-train .metrics").classList.toggle("single", nVal === 0 && nTest === 0);
    const part = $("confusion-part");
    for (const option of part.options) {
      option.disabled = (option.value === "validation" && nVal === 0) || (option.value === "test" && nTest === 0);
    }
    if (part.selectedOptions[0] && part.selectedOptions[0].disabled) part.value = "train";
    const legend = $("boundary-legend");
    legend.hidden = nVal === 0 && nTest === 0;
    const classes = state.lab.classes();
    $("boundary-caption").textContent = classes > 2
      ? "Predicted class over the input plane (colour = class)"
      : "Network output over the input plane: orange near 0, blue near 1";
    if (regression) {
      const plot = state.lab.regression();
      const xs = plot.xs();
      const fit = state.charts.fit.data.datasets;
      const slope = state.charts.slope.data.datasets;
      fit[0].data = plot.hasTruth() ? xy(xs, plot.truth()) : [];
      slope[0].data = plot.hasTruth() ? xy(xs, plot.truthSlope()) : [];
      fit[2].data = pointsXY(state.lab.pointsOf("train"));
      fit[3].data = pointsXY(state.lab.pointsOf("validation"));
      fit[4].data = pointsXY(state.lab.pointsOf("test"));
      for (const chart of [state.charts.fit, state.charts.slope]) {
        chart.options.scales.x.min = xs[0];
        chart.options.scales.x.max = xs[xs.length - 1];
      }
    }
  }

  function xy(xs, ys) {
    return Array.from(xs, (x, i) => ({ x, y: Number.isFinite(ys[i]) ? ys[i] : null }));
  }

  function pointsXY(triples) {
    const out = [];
    for (let i = 0; i < triples.length; i += 3) out.push({ x: triples[i], y: triples[i + 2] });
    return out;
  }

  function drawRegression() {
    const plot = state.lab.regression();
    if (!plot.active()) return;
    const xs = plot.xs();
    state.charts.fit.data.datasets[1].data = xy(xs, plot.fit());
    state.charts.slope.data.datasets[1].data = xy(xs, plot.slope());
    state.charts.fit.update("none");
    state.charts.slope.update("none");
  }

  // The network's output over the plane with the data on top: filled dots are training points, rings
  // validation points, crosses test points.
  function drawBoundary(canvas) {
    const lab = state.lab;
    const ctx = canvas.getContext("2d");
    const w = canvas.width, h = canvas.height;
    const res = BOUNDARY_RES;
    const classes = lab.classes();
    const image = ctx.createImageData(res, res);
    // Region colours are pale (mixed with white) and opaque, so the points on top stand out.
    let note = "";
    if (classes > 2) {
      const predicted = lab.gridClasses(res);
      for (let i = 0; i < res * res; i++) {
        image.data.set(pale(CLASS_RGB[predicted[i] % CLASS_RGB.length], 0.35), 4 * i);
      }
    } else {
      const values = lab.grid(res);
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < res * res; i++) {
        const v = Math.min(1, Math.max(0, values[i]));
        image.data.set(pale(mix(CLASS_RGB[0], CLASS_RGB[1], Number.isFinite(v) ? v : 0.5), 0.6), 4 * i);
        if (Number.isFinite(values[i])) { lo = Math.min(lo, values[i]); hi = Math.max(hi, values[i]); }
      }
      // an almost uniform picture is easily read as a blank chart: say what it shows
      if (lo <= hi) note = lab.outputRangeNote(lo, hi);
    }
    $("boundary-note").textContent = note;
    $("boundary-note").hidden = note === "";
    const off = document.createElement("canvas");
    off.width = off.height = res;
    off.getContext("2d").putImageData(image, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(off, 0, 0, w, h);
    const [x0, x1, y0, y1] = lab.bounds();
    const place = (pts, i) => [(pts[i] - x0) / (x1 - x0) * w, (y1 - pts[i + 1]) / (y1 - y0) * h];
    const colour = label => "rgb(" + CLASS_RGB[label % CLASS_RGB.length].join(",") + ")";
    const train = lab.pointsOf("train");
    for (let i = 0; i < train.length; i += 3) {
      const [px, py] = place(train, i);
      ctx.beginPath();
      ctx.arc(px, py, 2.5 * BackpropLab.lineWidth(2), 0, 2 * Math.PI);
      ctx.fillStyle = colour(train[i + 2]);
      ctx.fill();
      ctx.lineWidth = BackpropLab.lineWidth(1.5);
      ctx.strokeStyle = "#fff";
      ctx.stroke();
    }
    const validation = lab.pointsOf("validation");
    for (let i = 0; i < validation.length; i += 3) {
      const [px, py] = place(validation, i);
      ring(ctx, px, py, colour(validation[i + 2]));
    }
    const test = lab.pointsOf("test");
    for (let i = 0; i < test.length; i += 3) {
      const [px, py] = place(test, i);
      cross(ctx, px, py, colour(test[i + 2]));
    }
  }

  function ring(ctx, x, y, colour) {
    BackpropLab.haloRing(ctx, x, y, 2.5 * BackpropLab.lineWidth(2), colour, BackpropLab.lineWidth(2));
  }

  function cross(ctx, x, y, colour) {
    const r = 2 * BackpropLab.lineWidth(2);
    ctx.beginPath();
    ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r);
    ctx.moveTo(x - r, y + r); ctx.lineTo(x + r, y - r);
    ctx.lineWidth = BackpropLab.lineWidth(4.5);
    ctx.strokeStyle = "#fff";
    ctx.stroke();
    ctx.lineWidth = BackpropLab.lineWidth(2.2);
    ctx.strokeStyle = colour;
    ctx.stroke();
  }

  function pale(rgb, strength) {
    return [0, 1, 2].map(i => Math.round(255 + (rgb[i] - 255) * strength)).concat(255);
  }

  function mix(a, b, t) {
    const white = [255, 255, 255];
    // through white at 0.5 so the boundary itself reads as a pale band
    if (t < 0.5) return a.map((v, i) => v + (white[i] - v) * (t * 2));
    return white.map((v, i) => v + (b[i] - v) * ((t - 0.5) * 2));
  }

  // Rows are actual classes, columns predicted ones; a cell's shade is its share of the row.
  function drawConfusion() {
    const lab = state.lab;
    const part = $("confusion-part").value;
    const cells = lab.confusion(part);
    const k = Math.round(Math.sqrt(cells.length));
    // the corner heads the two columns of row headings; its words are for screen readers only
    const corner = cell("th", "");
    corner.append(cell("span", "rows: actual class, columns: predicted class"));
    corner.firstChild.className = "visually-hidden";
    corner.colSpan = 2;
    corner.rowSpan = 2;
    const top = document.createElement("tr");
    const predicted = cell("th", "predicted");
    predicted.colSpan = k;
    predicted.scope = "colgroup";
    top.append(corner, predicted);
    const classes = document.createElement("tr");
    for (let p = 0; p < k; p++) classes.append(cell("th", lab.format(p)));
    const rows = [top, classes];
    for (let a = 0; a < k; a++) {
      const row = document.createElement("tr");
      if (a === 0) {
        const actual = cell("th", "actual");
        actual.rowSpan = k;
        actual.scope = "rowgroup";
        actual.className = "actual";
        row.append(actual);
      }
      const name = cell("th", lab.format(a));
      name.scope = "row";
      row.append(name);
      let total = 0;
      for (let p = 0; p < k; p++) total += Number(cells[a * k + p]);
      for (let p = 0; p < k; p++) {
        const td = cell("td", cells[a * k + p]);
        const shade = confusionShade(total > 0 ? Number(cells[a * k + p]) / total : 0, a === p);
        td.style.background = shade.background;
        td.style.color = shade.color;
        td.classList.toggle("dark", shade.color === "#fff");
        row.append(td);
      }
      rows.push(row);
    }
    $("confusion").replaceChildren(...rows);
    $("confusion-summary").textContent = lab.confusionSummary(part);
  }

  // A confusion-matrix cell: white mixed with blue (right) or vermillion (wrong) by its share of the row, and
  // black or white text, whichever contrasts more with it: at least √21 ≈ 4.58:1 on any background (WCAG AA asks
  // 4.5:1), in projector mode too, whose matrix keeps these Okabe–Ito colours.
  function confusionShade(share, right) {
    const rgb = right ? CLASS_RGB[1] : CLASS_RGB[5];
    const amount = 0.06 + 0.84 * Math.min(1, Math.max(0, share));
    const background = rgb.map(v => Math.round(255 + (v - 255) * amount));
    const linear = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    const y = 0.2126 * linear(background[0]) + 0.7152 * linear(background[1]) + 0.0722 * linear(background[2]);
    const color = 1.05 / (y + 0.05) >= (y + 0.05) / 0.05 ? "#fff" : "#000";
    return { background: "rgb(" + background.join(",") + ")", color };
  }
  BackpropLab.confusionShade = confusionShade; // for the accessibility test's sweep over every share

  function cell(tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  // ---- controls ------------------------------------------------------------------------------------------

  // Hides the settings that change nothing in the experiment as it stands; Java decides which those are.
  function refreshControls() {
    const lab = state.lab;
    const unused = new Set(lab.unusedKeys());
    for (const el of document.querySelectorAll("#controls [data-key]")) {
      const holder = el.closest(".csv-box") || el.closest("label");
      if (holder) holder.hidden = unused.has(el.dataset.key);
    }
    for (const el of document.querySelectorAll("#controls [data-for]")) {
      el.hidden = unused.has(el.dataset.for);
    }
    const optimizerKeys = ["mom", "b1", "b2", "eps", "rho"];
    $("optimizer-none").hidden = !optimizerKeys.every(k => unused.has(k));
    const labels = INIT_LABELS[lab.get("init")] || ["a", "b"];
    $("init-a-label").textContent = labels[0];
    $("init-b-label").textContent = labels[1];
    const box = document.querySelector("#controls [data-key=csv]");
    box.placeholder = lab.get("data") === "csv_xy" ? "x,y\n-1,0.04\n0,1" : "x1,x2,label\n0.1,0.2,0\n0.8,0.3,1";
    $("split-summary").textContent = lab.splitSummary();
  }

  // A textarea reports a change when it loses focus; the button makes "use what I pasted" explicit.
  function useCsv() {
    const box = document.querySelector("#controls [data-key=csv]");
    if (box.value.trim() !== state.lab.get("csv")) box.dispatchEvent(new Event("change"));
  }

  function uploadCsv(event) {
    const file = event.target.files[0];
    if (!file) return;
    file.text().then(text => {
      const box = document.querySelector("#controls [data-key=csv]");
      box.value = text;
      box.dispatchEvent(new Event("change"));
      event.target.value = ""; // choosing the same file again reloads it
    });
  }

  // ---- charts --------------------------------------------------------------------------------------------

  // Text drawn on a canvas escapes the page's translation of text nodes, so charts ask for it themselves.
  function tr(english) {
    return window.BackpropI18n ? BackpropI18n.t(english) : english;
  }

  // Returns the charts whose texts changed.
  function translateCharts() {
    const changed = [];
    for (const chart of Object.values(state.charts)) {
      const texts = () => chart.data.datasets.map(ds => ds.label)
        .concat([chart.options.scales.x.title.text, chart.options.scales.y.title.text]).join("\n");
      const was = texts();
      for (const ds of chart.data.datasets) {
        if (ds.english === undefined) ds.english = ds.label;
        ds.label = tr(ds.english);
      }
      chart.options.scales.x.title.text = tr(chart.$titles[0]);
      chart.options.scales.y.title.text = tr(chart.$titles[1]);
      if (texts() !== was) changed.push(chart);
    }
    return changed;
  }

  function line(label, colour, dash) {
    return { label, data: [], borderColor: colour, backgroundColor: colour, borderWidth: dash ? 2 : 2.5,
      borderDash: dash || [], pointRadius: 0, pointStyle: "line", tension: 0, showLine: true };
  }

  function dots(label, colour, style, filled) {
    return { label, data: [], showLine: false, pointStyle: style, pointRadius: style === "circle" ? 3.5 : 4.5,
      pointBorderWidth: filled ? 1 : 1.8, borderColor: colour, pointBorderColor: filled ? "#fff" : colour,
      pointBackgroundColor: filled ? colour : "rgba(255,255,255,0)", backgroundColor: colour };
  }

  // Log-axis ticks come at 1…9 × 10^k: label only 1, 2 and 5 so they stay legible.
  function logTickWanted(v) {
    if (!(v > 0)) return false;
    const m = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
    return [1, 2, 5].some(d => Math.abs(m - d) < 1e-6);
  }

  function makeCurveChart(canvas, yTitle, format) {
    const chart = newCurveChart(canvas, yTitle, format);
    chart.$titles = ["epoch", yTitle];
    return chart;
  }

  // Each change made while the run trained, on the loss chart: a thin dashed line between the last epoch before it
  // and the first after, and what changed ("η 0.1 → 2") beside it, staggered so that close changes stay legible.
  const changeMarksPlugin = {
    id: "changeMarks",
    afterDatasetsDraw(chart) {
      const marks = state.marks || [];
      if (marks.length === 0) return;
      const { ctx, chartArea: area, scales: { x } } = chart;
      ctx.save();
      ctx.strokeStyle = INK;
      ctx.fillStyle = INK;
      ctx.lineWidth = BackpropLab.lineWidth(0.5);
      ctx.setLineDash([4, 3]);
      ctx.font = BackpropLab.textSize(11) + "px system-ui, sans-serif";
      ctx.textBaseline = "top";
      for (let i = 0; i < marks.length; i += 2) {
        const px = x.getPixelForValue(Number(marks[i]) + 0.5);
        if (!(px >= area.left && px <= area.right)) continue;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        const label = marks[i + 1].split(", ").map(part => tr(part)).join(", ");
        const width = ctx.measureText(label).width;
        const left = px + 3 + width <= area.right ? px + 3 : px - 3 - width;
        ctx.fillText(label, left, area.top + 2 + ((i / 2) % 3) * BackpropLab.textSize(13));
      }
      ctx.restore();
    },
  };

  function newCurveChart(canvas, yTitle, format) {
    // A single epoch has no line to draw yet: show it as a dot.
    // validation and test curves are dashed too, so that colour is not the only thing telling them apart
    // The dashed held-out curves are drawn over the solid training curve (a lower order is drawn later), so
    // that a validation curve close to the training curve still shows between its dashes.
    const series = (label, colour, dash, order) => ({ label, data: [], borderColor: colour, backgroundColor: colour,
      borderWidth: 2, borderDash: dash, order, tension: 0,
      pointRadius: ctx => (ctx.dataset.data.length === 1 ? 3 : 0) });
    return new Chart(canvas, {
      type: "line",
      plugins: yTitle === "loss" ? [changeMarksPlugin] : [],
      data: { datasets: [series("training", BLUE, [], 3), series("validation", VERMILLION, [8, 4], 2),
        series("test", GREEN, [2, 3], 1)] },
      options: {
        animation: false, parsing: false, normalized: true, maintainAspectRatio: false, spanGaps: false,
        interaction: { mode: "nearest", axis: "x", intersect: false },
        scales: {
          x: { type: "linear", title: { display: true, text: "epoch" }, min: 1, suggestedMax: 10,
            ticks: { callback: v => state.lab.format(v), maxTicksLimit: 7 } },
          y: { type: "linear", title: { display: true, text: yTitle }, beginAtZero: true,
            ticks: { callback(v) {
              return this.type === "logarithmic" && !logTickWanted(v) ? "" : format(v);
            } } },
        },
        plugins: {
          // boxHeight 0: each key is a short line, dashed like its curve
          legend: { labels: { boxWidth: 30, boxHeight: 0, filter: item => datasetPresent(item.datasetIndex),
            sort: (a, b) => a.datasetIndex - b.datasetIndex } },
          decimation: { enabled: true, algorithm: "lttb", samples: 500 },
          tooltip: { callbacks: { title: items => items.length ? tr("epoch") + " " + state.lab.format(items[0].parsed.x) : "",
            label: ctx => ctx.dataset.label + ": " + format(ctx.parsed.y) } },
        },
      },
    });
  }

  // Validation and test curves appear in the legend only when the run has those splits.
  function datasetPresent(index) {
    return index === 0 || state.sizes[index] > 0;
  }

  function makeXYChart(canvas, yTitle, datasets) {
    const chart = newXYChart(canvas, yTitle, datasets);
    chart.$titles = ["x", yTitle];
    return chart;
  }

  function newXYChart(canvas, yTitle, datasets) {
    const format = v => state.lab.format(v);
    return new Chart(canvas, {
      type: "line",
      data: { datasets },
      options: {
        // not "normalized": CSV points need not come sorted by x
        animation: false, parsing: false, maintainAspectRatio: false,
        scales: {
          x: { type: "linear", title: { display: true, text: "x" }, ticks: { callback: format } },
          y: { type: "linear", title: { display: true, text: yTitle }, ticks: { callback: format } },
        },
        plugins: {
          legend: { labels: { boxWidth: 14, usePointStyle: true,
            filter: (item, data) => data.datasets[item.datasetIndex].data.length > 0 } },
          tooltip: { callbacks: { title: items => items.length ? "x = " + format(items[0].parsed.x) : "",
            label: ctx => ctx.dataset.label + ": " + format(ctx.parsed.y) } },
        },
      },
    });
  }

  BackpropLab.register("train", {
    init,
    // init and the first reload in parts, each a task of its own while the page starts (app.js), so that none keeps
    // the page from painting for long on a slow machine: the output is drawn before the dataset pictures
    parts: ["loss", "accuracy", "fit", "slope"]
      .flatMap(chart => [[chart + " chart", lab => makeChart(chart, lab, true)], [chart + " chart drawn", placeCharts]])
      .concat([["controls", initControls], ["its fields", () => BackpropLab.syncFields($("view-train"))],
        ["first run", lab => lab.reset()]])
      .concat(RESTART_PARTS.filter(([name]) => name !== "dataset pictures" && name !== "first drawing"))
      .concat([
        ["readouts", () => draw(true, "readouts")],
        ["curves", () => {
          for (const name of ["loss", "accuracy"]) state.charts[name].update("none");
          draw(true, "curves");
        }],
        ["output", () => { draw(true, "boundary"); draw(true, "regression"); }],
        ["confusion matrix", () => draw(true, "confusion")],
        ["dataset pictures 1–5", () => drawDatasetPreviews(0, 5)],
        ["dataset pictures 6–10", () => drawDatasetPreviews(5, 10)],
        ["dataset pictures 11–15", () => drawDatasetPreviews(10, 15)],
        ["the other dataset pictures", () => drawDatasetPreviews(15)],
      ]),
    keys: { " ": () => $("play").click(), ArrowRight: () => $("step").click(), r: () => $("reset").click() },
    reload() { pause(); restart(); },
    // the speed is only the pace; the optimizer, its settings, the schedule, the batch and L1/L2 change between two
    // epochs and training goes on (the link records them); any other change starts again from epoch 0
    changed(key) {
      if (key === "speed") return;
      if (state.lab.continued()) { syncLiveFields(); draw(true); return; }
      pause();
      restart(key);
    },
    hide() { pause(); },
  });
})();
