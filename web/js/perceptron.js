// The Perceptron view: runs the course's perceptron on a truth table (instantly), prints the per-epoch log exactly
// as the course does, and shows the weights of any epoch on a slider: the separating line over the four inputs of
// a 2-input table, and how every sample is classified. A comparison table runs several (η, initial weight) pairs.
// All maths and number formatting come from the engine (PerceptronView); this file only wires and draws.
"use strict";
(function () {
  const GRID = 110;         // cells per side of the shaded output regions (2 px each)
  const PAD = 30;           // canvas margin for the axis labels, CSS pixels
  const CROSS_FIELD_KEYS = ["ptext", "porder", "pw"]; // fields whose problems depend on other fields
  const state = {
    lab: null,
    view: null,
    marked: new Set(),      // fields showing a problem from the last run (not from their own validation)
    lastBuiltIn: "majority3",
    epoch: 0,
  };

  function $(id) { return document.getElementById(id); }
  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function field(key) { return document.querySelector('#view-perceptron [data-key="' + key + '"]'); }

  function init(lab) {
    state.lab = lab;
    state.view = lab.perceptron();
    state.lastBuiltIn = builtInOr(lab.get("ptable"), state.lastBuiltIn);
    $("pt-run").addEventListener("click", run);
    $("pt-copy").addEventListener("click", copyLog);
    $("pt-epoch").addEventListener("input", () => showEpoch(Number($("pt-epoch").value)));
    $("pt-log").addEventListener("click", event => {
      const line = event.target.closest("[data-epoch]");
      if (line) setEpoch(Number(line.dataset.epoch));
    });
    window.addEventListener("resize", () => { if (visible()) drawPlane(); });
    const redraw = () => { if (visible() && !$("pt-figure").hidden) drawPlane(); };
    BackpropLab.onLanguage(redraw);   // the canvas's own words
    BackpropLab.onProjector(redraw);  // thicker lines, larger points and labels
  }

  function builtInOr(choice, fallback) {
    return choice === state.view.typedChoice() ? fallback : choice;
  }

  function visible() { return !$("view-perceptron").hidden; }

  // A field changed (already validated and stored by the shell): keep the typed-table box in step, then run.
  function changed(key) {
    if (key === "ptable") {
      const choice = state.lab.get("ptable");
      if (choice === state.view.typedChoice() && state.lab.get("ptext") === "") {
        // Start the typed table from the table just left, so the student edits rather than types from nothing.
        const text = state.view.tableText(state.lastBuiltIn);
        if (state.lab.set("ptext", text) === "") {
          field("ptext").value = text;
          BackpropLab.updateLink();
        }
      }
      state.lastBuiltIn = builtInOr(choice, state.lastBuiltIn);
    }
    if (key === "pceta" || key === "pcw") showComparison(); // the main run stays as it is
    else run();

  }

  function reload() {
    state.lastBuiltIn = builtInOr(state.lab.get("ptable"), state.lastBuiltIn);
    run();
  }

  function run() {
    const problems = state.view.run();
    $("pt-typed").hidden = state.lab.get("ptable") !== state.view.typedChoice();
    showProblems(problems);
    field("porder").placeholder = state.view.defaultOrder();
    const ready = state.view.ready();
    const lines = state.view.logLines();
    const log = $("pt-log");
    log.replaceChildren();
    for (let i = 0; i < lines.length; i++) {
      const span = document.createElement("span");
      span.textContent = lines[i];
      span.dataset.epoch = String(i + 1);
      log.append(span, i + 1 < lines.length ? "\n" : "");
    }
    const result = $("pt-result");
    result.textContent = ready ? state.view.summary() : problems.filter((_, i) => i % 2 === 1).join("\n"); // a line each
    result.className = "pt-result " + (!ready ? "bad" : state.view.converged() ? "good" : "warn");
    $("pt-copy").disabled = !ready;
    $("pt-copied").textContent = "";
    const binary = state.lab.get("pthr") === "binary";
    $("pt-legend-high").textContent = binary ? "t = 1" : "t = +1";
    $("pt-legend-low").textContent = binary ? "t = 0" : "t = −1";
    $("pt-legend-yhigh").textContent = binary ? "y = 1" : "y = +1";
    $("pt-legend-ylow").textContent = binary ? "y = 0" : "y = −1";
    if (ready) {
      $("pt-weight-names").textContent = state.view.weightNames();
      $("pt-final-names").textContent = "(" + state.view.weightNames() + ")";
    }
    const slider = $("pt-epoch");
    slider.max = String(state.view.epochs());
    slider.disabled = !ready;
    setEpoch(state.view.epochs());
    showComparison();
  }

  // Problems found across fields (an order of another table's rows, too few weights) go beside their controls.
  function showProblems(problems) {
    for (const key of state.marked) BackpropLab.markField(field(key), "");
    state.marked.clear();
    for (let i = 0; i < problems.length; i += 2) {
      const key = problems[i];
      if (!CROSS_FIELD_KEYS.includes(key) || !field(key)) continue;
      BackpropLab.markField(field(key), problems[i + 1]);
      state.marked.add(key);
    }
  }

  function setEpoch(epoch) {
    $("pt-epoch").value = String(epoch);
    showEpoch(epoch);
  }

  function showEpoch(epoch) {
    state.epoch = epoch;
    $("pt-epoch-out").textContent = epoch === 0 ? "0 (initial weights)" : String(epoch);
    const ready = state.view.ready();
    $("pt-caption").textContent = ready ? state.view.caption(epoch) : "";
    for (const line of $("pt-log").children) {
      line.classList.toggle("current", Number(line.dataset.epoch) === epoch);
    }
    scrollLogTo($("pt-log").querySelector(".current"));
    showSamples(epoch);
    const twoInputs = ready && state.view.inputCount() === 2;
    $("pt-figure").hidden = !twoInputs;
    const note = $("pt-no-line");
    note.hidden = !ready || twoInputs;
    if (ready && !twoInputs) {
      note.textContent = "With " + state.view.inputCount() + " inputs the perceptron separates the corners of a "
        + state.view.inputCount() + "-D cube by a hyperplane, which no 2-D line can show honestly. The table "
        + "says on which side of it each sample lies: the sign of s.";
    }
    if (twoInputs && visible()) drawPlane();
  }

  // Keeps the slider's line in view inside the log box without scrolling the page itself.
  function scrollLogTo(line) {
    const log = $("pt-log");
    if (!line || !visible()) return;
    const top = line.offsetTop - log.offsetTop;
    if (top < log.scrollTop) log.scrollTop = top;
    else if (top + line.offsetHeight > log.scrollTop + log.clientHeight) {
      log.scrollTop = top + line.offsetHeight - log.clientHeight;
    }
  }

  function showSamples(epoch) {
    const cells = state.view.ready() ? state.view.samples(epoch) : [];
    const rows = [];
    for (let i = 0; i < cells.length; i += 5) {
      const tr = document.createElement("tr");
      const ok = cells[i + 4] === "1";
      tr.className = ok ? "" : "wrong";
      for (let c = 0; c < 4; c++) {
        const td = document.createElement("td");
        td.textContent = cells[i + c];
        tr.append(td);
      }
      const mark = document.createElement("td");
      mark.textContent = ok ? "✓" : "✗";
      mark.title = ok ? "correct" : "misclassified";
      tr.append(mark);
      rows.push(tr);
    }
    $("pt-samples").tBodies[0].replaceChildren(...rows);
    $("pt-samples").hidden = cells.length === 0;
    const note = state.view.ready() ? state.view.roundingNote(epoch) : "";
    $("pt-rounding").textContent = note;
    $("pt-rounding").hidden = note === "";
  }

  // The input plane: output regions shaded, the four inputs (filled: target high, hollow: low) and the line.
  function drawPlane() {
    const canvas = $("pt-plane");
    const size = canvas.clientWidth || 300;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size * ratio)) {
      canvas.width = Math.round(size * ratio);
      canvas.height = Math.round(size * ratio);
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size, size);
    const [lo, hi] = state.view.box();
    const plot = size - 2 * PAD;
    const px = x => PAD + (x - lo) / (hi - lo) * plot;
    const py = y => PAD + (hi - y) / (hi - lo) * plot;
    const high = css("--class1") || "#0072b2";
    const low = css("--class0") || "#e69f00";

    drawRegions(ctx, state.view.regions(state.epoch, GRID), plot);
    drawAxes(ctx, px, py, lo, hi, plot);

    const line = state.view.line(state.epoch);
    if (line.length === 4) {
      ctx.strokeStyle = css("--ink") || "#1d1d1f";
      ctx.lineWidth = BackpropLab.lineWidth(2.5);
      ctx.beginPath();
      ctx.moveTo(px(line[0]), py(line[1]));
      ctx.lineTo(px(line[2]), py(line[3]));
      ctx.stroke();
    }

    const points = state.view.points();
    const big = BackpropLab.projector() ? 1.4 : 1; // points and rings on a projector
    const samples = state.view.samples(state.epoch);
    const wrong = new Set();
    for (let i = 0; i < samples.length; i += 5) if (samples[i + 4] === "0") wrong.add(samples[i]);
    for (let i = 0; i < points.length; i += 3) {
      const x = px(points[i]), y = py(points[i + 1]);
      const isHigh = points[i + 2] === 1;
      if (wrong.has(String(points[i]) + String(points[i + 1]))) {
        ctx.setLineDash([3, 3]);
        ctx.strokeStyle = "#1d1d1f";
        ctx.lineWidth = BackpropLab.lineWidth(1.5);
        ctx.beginPath();
        ctx.arc(x, y, 15 * big, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.beginPath();
      ctx.arc(x, y, 8 * big, 0, 2 * Math.PI);
      ctx.lineWidth = 3 * big;
      if (isHigh) {
        ctx.fillStyle = high;
        ctx.fill();
        ctx.strokeStyle = high;
        ctx.stroke();
      } else {
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.strokeStyle = low;
        ctx.stroke();
      }
    }
    const noLine = line.length === 4 ? "" : "(no line: every point is on one side)";
    canvas.setAttribute("aria-label", "The inputs of the table and the separating line after epoch " + state.epoch
      + (noLine ? " " + noLine : ""));
    if (noLine) {
      ctx.fillStyle = css("--muted") || "#5b5b60";
      ctx.font = BackpropLab.textSize(12) + "px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.fillText(BackpropI18n.t("no separating line inside the plot"), size / 2, PAD - 10);
    }
  }

  // The output regions as one small image scaled up: no seams between cells, and one draw call.
  function drawRegions(ctx, regions, plot) {
    const image = new ImageData(GRID, GRID);
    for (let i = 0; i < regions.length; i++) {
      // Okabe–Ito blue and orange, pale: the same hues as the points' targets.
      const rgb = regions[i] === 1 ? [219, 233, 244] : [252, 240, 217];
      image.data.set([rgb[0], rgb[1], rgb[2], 255], 4 * i);
    }
    const small = document.createElement("canvas");
    small.width = GRID;
    small.height = GRID;
    small.getContext("2d").putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(small, PAD, PAD, plot, plot);
  }

  function drawAxes(ctx, px, py, lo, hi, plot) {
    ctx.strokeStyle = css("--line") || "#d5d5da";
    ctx.lineWidth = 1;
    ctx.strokeRect(px(lo), py(hi), plot, plot);
    ctx.beginPath();
    for (const v of [0, 1]) {
      ctx.moveTo(px(v), py(lo)); ctx.lineTo(px(v), py(hi));
      ctx.moveTo(px(lo), py(v)); ctx.lineTo(px(hi), py(v));
    }
    ctx.strokeStyle = "rgba(0, 0, 0, 0.08)";
    ctx.stroke();
    ctx.fillStyle = css("--muted") || "#5b5b60";
    ctx.font = BackpropLab.textSize(12) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const v of [0, 1]) ctx.fillText(String(v), px(v), py(lo) + 4);
    ctx.fillText("x1", px((lo + hi) / 2), py(lo) + 4);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const v of [0, 1]) ctx.fillText(String(v), px(lo) - 5, py(v));
    ctx.fillText("x2", px(lo) - 5, py((lo + hi) / 2));
  }

  function showComparison() {
    const cells = state.view.comparison();
    const rows = [];
    for (let i = 0; i < cells.length; i += 5) {
      const tr = document.createElement("tr");
      for (let c = 0; c < 5; c++) {
        const td = document.createElement("td");
        td.textContent = c === 2 && cells[i + c] === "–" ? "does not converge" : cells[i + c];
        if (c === 2 && cells[i + c] === "–") td.className = "never";
        tr.append(td);
      }
      rows.push(tr);
    }
    $("pt-comparison").tBodies[0].replaceChildren(...rows);
  }

  function copyLog() {
    const text = $("pt-log").textContent;
    const done = () => { $("pt-copied").textContent = "Copied " + state.view.epochs() + " lines."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => copyBySelection(done));
    } else {
      copyBySelection(done);
    }
  }

  // The older way, for pages where the clipboard API is not allowed: select the log and copy the selection.
  function copyBySelection(done) {
    const range = document.createRange();
    range.selectNodeContents($("pt-log"));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const ok = document.execCommand && document.execCommand("copy");
    selection.removeAllRanges();
    if (ok) done(); else $("pt-copied").textContent = "Select the log and copy it with Ctrl+C.";
  }

  BackpropLab.register("perceptron", {
    init,
    reload,
    changed,
    show() { showEpoch(state.epoch); },
    // the slider's keys, for when the focus is elsewhere: ← → one epoch, Home End the first and last
    keys: {
      ArrowLeft: () => moveEpoch(-1), ArrowRight: () => moveEpoch(1),
      Home: () => moveEpoch(-Infinity), End: () => moveEpoch(Infinity),
    },
  });

  function moveEpoch(by) {
    if ($("pt-epoch").disabled) return;
    setEpoch(Math.max(0, Math.min(state.view.epochs(), state.epoch + by)));
  }
})();
