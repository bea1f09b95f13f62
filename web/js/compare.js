// The Compare view: one parameter, several values, all runs from the same seed (unless the seed varies); overlaid loss curves and a
// table of results. The engine sets the runs up, trains them and formats every number; this file trains a
// slice per animation frame so the page stays responsive, and draws.
"use strict";
(function () {
  const FRAME_BUDGET_MS = 12;
  // Okabe–Ito colours (yellow, too pale on white, replaced by grey).
  const COLORS = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#000000", "#7f7f7f"];
  // Each run also has its own line pattern, so that no two curves differ by colour alone (colour-blind viewers,
  // projectors that wash colours out): solid, dashed, dotted, dash-dot (a double line in the table's swatches).
  const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3]];
  const SWATCHES = ["solid", "dashed", "dotted", "double"];
  const dashOf = i => DASHES[i % 4];
  const state = {
    lab: null, view: null, chart: null, playing: false, started: false,
    plotted: [], points: [], epochsEach: 1, drawnAt: 0, signature: "",
  };

  // The experiment apart from the view being shown: results stay valid while only the tab changes.
  const signature = () => state.lab.link().replace(/(^|&)view=[^&]*/, "");

  function init(lab) {
    state.lab = lab;
    state.view = lab.compare();
    for (const option of $("compare-param").options) {
      option.textContent = state.view.label(option.value) + " (" + option.value + ")";
    }
    state.chart = makeChart($("compare-chart"));
    relabel();
    BackpropLab.onLanguage(relabel);
    $("compare-run").addEventListener("click", toggle);
    $("compare-reset").addEventListener("click", clear);
    $("compare-log").addEventListener("change", () => {
      state.chart.options.scales.y.type = $("compare-log").checked ? "logarithmic" : "linear";
      state.chart.update("none");
    });
  }

  function tr(english) { return window.BackpropI18n ? BackpropI18n.t(english) : english; }

  // The chart's own texts in the page's language (the legend's title names the compared setting).
  function relabel() {
    const options = state.chart.options;
    options.scales.x.title.text = tr("epoch");
    options.scales.y.title.text = tr("training loss");
    options.plugins.legend.title.text = state.started ? tr(state.view.label(state.lab.get("cmp")) + ":") : "";
    for (const ds of state.chart.data.datasets) if (ds.isTarget) ds.label = targetLabel();
    state.chart.update("none");
  }

  function targetLabel() { return tr("target loss") + " " + state.lab.format(Number(state.lab.get("target"))); }

  function makeChart(canvas) {
    return new Chart(canvas, {
      type: "line",
      data: { datasets: [] },
      options: {
        animation: false, parsing: false, normalized: true, maintainAspectRatio: false,
        scales: {
          // ticks as the Train view writes numbers (1000, not 1,000), by the page's one formatter
          x: { type: "linear", title: { display: true, text: "epoch" }, min: 1,
            ticks: { callback: v => state.lab.format(v) } },
          y: { type: "linear", title: { display: true, text: "training loss" },
            ticks: { callback: v => state.lab.format(v) } },
        },
        plugins: {
          // boxHeight 0: each legend key is drawn as a short line, dashed like its curve
          legend: { position: "top", title: { display: true, text: "" }, labels: { boxWidth: 30, boxHeight: 0 } },
          decimation: { enabled: true, algorithm: "lttb", samples: 500 },
          tooltip: { enabled: false },
        },
      },
    });
  }

  function toggle() {
    if (state.playing) { pause(); return; }
    if (!state.started || state.view.finished() || state.signature !== signature()) start();
    if (state.view.runs() === 0) return;
    state.playing = true;
    setButton("Pause");
    requestAnimationFrame(frame);
  }

  function setButton(text) {
    $("compare-run").textContent = text;
    $("compare-run").setAttribute("aria-pressed", text === "Pause" ? "true" : "false");
  }

  function pause() {
    if (!state.playing) return;
    state.playing = false;
    setButton(state.view.finished() ? "Run" : "Resume");
    draw(true);
  }

  // Sets the runs up from the current experiment; bad values are listed and left out.
  function start() {
    const problems = state.view.start();
    state.started = true;
    state.signature = signature();
    showProblems(problems);
    const n = state.view.runs();
    state.plotted = new Array(n).fill(0);
    state.points = [];
    state.epochsEach = 1;
    const wide = BackpropLab.lineWidth ? BackpropLab.lineWidth(2) : 2;
    state.chart.data.datasets = [];
    state.chart.options.plugins.legend.title.text = tr(state.view.label(state.lab.get("cmp")) + ":");
    state.chart.options.scales.x.max = Number(state.lab.get("epochs")); // the axis the runs will fill
    for (let i = 0; i < n; i++) {
      state.points.push([]);
      state.chart.data.datasets.push({
        label: state.view.value(i), data: state.points[i], borderColor: COLORS[i], backgroundColor: "transparent",
        borderWidth: wide, baseBorderWidth: 2, borderDash: dashOf(i), pointRadius: 0, tension: 0,
      });
    }
    // the target loss as a line across the chart: where each curve crosses it is the table's "epoch loss ≤ target"
    const target = Number(state.lab.get("target"));
    if (target > 0) {
      const epochs = Number(state.lab.get("epochs"));
      state.chart.data.datasets.push({
        label: targetLabel(), isTarget: true, data: [{ x: 1, y: target }, { x: epochs, y: target }],
        borderColor: "#555", backgroundColor: "transparent", borderWidth: BackpropLab.lineWidth ? BackpropLab.lineWidth(1.5)
          : 1.5, baseBorderWidth: 1.5, borderDash: [2, 4], pointRadius: 0, tension: 0,
      });
    }
    state.chart.update("none");
    draw(true);
  }

  function clear() {
    pause();
    state.started = false;
    state.chart.data.datasets = [];
    state.chart.options.scales.x.max = Number(state.lab.get("epochs")); // an empty chart shows the epochs to come
    state.chart.update("none");
    $("compare-table").querySelector("thead").replaceChildren();
    $("compare-table").querySelector("tbody").replaceChildren();
    showProblems([]);
    setButton("Run");
    $("compare-status").textContent = "";
    showBase();
  }

  function frame() {
    if (!state.playing) return;
    const t0 = performance.now();
    const done = state.view.train(state.epochsEach);
    const spent = performance.now() - t0;
    if (done > 0) {
      const perCall = Math.max(spent, 0.05) / state.epochsEach;
      state.epochsEach = Math.max(1, Math.min(5000, Math.floor(FRAME_BUDGET_MS / perCall)));
    }
    const finished = state.view.finished();
    draw(finished);
    if (finished) {
      state.playing = false;
      setButton("Run");
      return;
    }
    requestAnimationFrame(frame);
  }

  // New losses go to the chart every frame; the table is rebuilt a few times a second and at the end.
  function draw(force) {
    const n = state.view.runs();
    for (let i = 0; i < n; i++) {
      const fresh = state.view.losses(i, state.plotted[i]);
      for (let k = 0; k < fresh.length; k++) {
        const y = fresh[k];
        state.points[i].push({ x: state.plotted[i] + k + 1, y: Number.isFinite(y) ? y : null });
      }
      state.plotted[i] += fresh.length;
      state.chart.data.datasets[i].data = state.points[i];
    }
    state.chart.update("none");
    const now = performance.now();
    if (force || now - state.drawnAt > 250) {
      state.drawnAt = now;
      drawTable();
    }
    const running = state.view.finished() ? "Finished." : state.playing ? "Training…" : "Paused.";
    $("compare-status").textContent = n === 0 ? "" : running + " " + state.view.runsSummary() + ".";
  }

  function drawTable() {
    const table = $("compare-table");
    const n = state.view.runs();
    if (n === 0) {
      table.querySelector("thead").replaceChildren();
      table.querySelector("tbody").replaceChildren();
      return;
    }
    const head = document.createElement("tr");
    for (const h of state.view.header()) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = h;
      head.append(th);
    }
    table.querySelector("thead").replaceChildren(head);
    const rows = [];
    for (let i = 0; i < n; i++) {
      const tr = document.createElement("tr");
      state.view.row(i).forEach((text, c) => {
        const td = document.createElement(c === 0 ? "th" : "td");
        if (c === 0) {
          td.scope = "row";
          const swatch = document.createElement("span");
          swatch.className = "swatch";
          swatch.style.borderTopColor = COLORS[i];
          swatch.style.borderTopStyle = SWATCHES[i % 4];
          swatch.setAttribute("aria-hidden", "true");
          td.append(swatch);
        }
        td.append(text);
        if (text.startsWith("diverged")) td.className = "bad";
        tr.append(td);
      });
      rows.push(tr);
    }
    table.querySelector("tbody").replaceChildren(...rows);
  }

  function showProblems(problems) {
    const box = $("compare-problems");
    box.replaceChildren(...Array.from(problems, text => {
      const p = document.createElement("p");
      p.textContent = text;
      return p;
    }));
    box.hidden = problems.length === 0;
    // the values field is what to fix: marked for screen readers, pointing at the list under it
    const values = $("compare-values");
    values.setAttribute("aria-invalid", problems.length ? "true" : "false");
    if (problems.length) values.setAttribute("aria-describedby", "compare-problems");
    else values.removeAttribute("aria-describedby");
  }

  function showBase() {
    $("compare-base").textContent = "Every run: " + state.view.base();
  }

  BackpropLab.register("compare", {
    init,
    show() {
      $("compare-target").value = state.lab.get("target"); // may have been changed in the Train view
      showBase();
      if (state.started && state.signature !== signature()) clear();
    },
    hide() { pause(); },
    reload() { clear(); },
    changed(key) {
      if (key === "cmp" || key === "cmpv") {
        // the values are checked as they are typed, not only at Run (the runs are set up again at Run)
        clear();
        showProblems(Array.from(state.view.start()));
        return;
      }
      if (key === "target") {
        // the Train view has this setting too ("Stop at loss"): show it there and restart its run, as it would
        for (const el of document.querySelectorAll('[data-key="target"]')) el.value = state.lab.get("target");
        const train = BackpropLab.views.train;
        if (train && train.changed) train.changed("target");
      }
      clear();
    },
    keys: { " ": toggle, r: clear },
  });
})();
