// The Activations view: f and f′ of every activation with a hover readout and where the gradient vanishes, the
// per-layer gradient norms of the current run, and the linear collapse of an all-identity network. Every
// number comes from the engine (ActivationsView), already formatted; this file only wires and draws.
"use strict";
(function () {
  const F_COLOUR = "#0072b2";      // Okabe–Ito blue
  const SLOPE_COLOUR = "#d55e00";  // Okabe–Ito vermillion
  const VANISH_FILL = "rgba(110, 110, 120, 0.14)";
  const VANISH_INK = "#5b5b60";
  const COLLAPSE_ROWS = 10;
  const HINT = "Hover over the chart to read s, f(s) and f′(s).";
  const state = {
    lab: null,
    view: null,
    chart: null,
    normsChart: null,
    id: "sigmoid",
    hover: -1,       // sample index under the mouse, −1 for none
    bands: [],       // [a0, b0, a1, b1, …] where |f′| is below the threshold
    peak: null,      // {x, y, text} of the largest slope, when it is one point in range
  };

  function init(lab) {
    state.lab = lab;
    state.view = lab.activations();
    const select = $("act-choice");
    for (const id of state.view.ids()) select.add(new Option(lab.choiceName("out", id), id));
    select.value = state.id;
    select.addEventListener("change", () => { state.id = select.value; showActivation(); });
    for (const el of document.querySelectorAll(".act-threshold")) el.textContent = state.view.vanishingThreshold();
    state.chart = makeChart($("act-chart"));
    state.normsChart = makeNormsChart($("act-norms-chart"));
    $("act-chart").addEventListener("mouseleave", () => setHover(-1));
    $("act-identity").addEventListener("click", useIdentity);
    fillTable();
    relabel();
    BackpropLab.onLanguage(relabel);
    showActivation();
  }

  // ---- the explorer ----------------------------------------------------------------------------------------

  function tick(value) { return state.view.tick(value); }

  // Text drawn on canvases goes through the page's translation itself (see relabel()).
  function tr(english) { return window.BackpropI18n ? BackpropI18n.t(english) : english; }

  // Chart texts in the page's language; called at start and after a language switch.
  function relabel() {
    const chart = state.chart;
    chart.data.datasets[2].label = tr("gradient vanishes (|f′| < " + state.view.vanishingThreshold() + ")");
    chart.options.scales.y.title.text = tr("f(s) and f′(s)");
    chart.update("none");
    state.normsChart.options.scales.y.title.text = tr("‖∂E/∂W⁽ˡ⁾‖ (log scale)");
    state.normsChart.update("none");
  }

  // Text drawn on the chart follows Chart.js's font size (which projector mode enlarges).
  function labelFont() { return Chart.defaults.font.size + "px system-ui, sans-serif"; }

  function makeChart(canvas) {
    const threshold = state.view.vanishingThreshold();
    return new Chart(canvas, {
      type: "line",
      data: { datasets: [
        { label: "f(s)", data: [], borderColor: F_COLOUR, backgroundColor: F_COLOUR, borderWidth: 2.5, pointRadius: 0,
          tension: 0 },
        // dashed as well as orange: colour is not the only cue
        { label: "f′(s)", data: [], borderColor: SLOPE_COLOUR, backgroundColor: SLOPE_COLOUR, borderWidth: 2.5,
          borderDash: [7, 4], pointRadius: 0, tension: 0 },
        // no points: only its legend entry, which explains the grey bands
        { label: "gradient vanishes (|f′| < " + threshold + ")", data: [], borderColor: "rgba(0, 0, 0, 0)",
          backgroundColor: "rgba(110, 110, 120, 0.3)", borderWidth: 0, pointRadius: 0 },
      ] },
      options: {
        animation: false, parsing: false, normalized: true, maintainAspectRatio: false,
        events: ["mousemove", "mouseout", "touchstart", "touchmove"],
        onHover: (event, elements, chart) => {
          const area = chart.chartArea;
          if (event.x < area.left || event.x > area.right || event.y < area.top || event.y > area.bottom) {
            setHover(-1);
            return;
          }
          // the nearest of the 401 samples s = i/40 − 5
          const s = chart.scales.x.getValueForPixel(event.x);
          setHover(Math.max(0, Math.min(400, Math.round((s + 5) * 40))));
        },
        scales: {
          x: { type: "linear", min: -5, max: 5, title: { display: true, text: "s" },
            ticks: { stepSize: 1, callback: tick } },
          y: { type: "linear", title: { display: true, text: "f(s) and f′(s)" }, grace: "4%",
            ticks: { callback: tick } },
        },
        plugins: { legend: { position: "top", onClick: null, labels: { boxWidth: 24, boxHeight: 8 } },
          tooltip: { enabled: false } },
      },
      plugins: [vanishingBands, peakMarker, crosshair],
    });
  }

  // Grey bands where |f′| < 0.01, labelled once they are wide enough to hold the words.
  const vanishingBands = {
    id: "vanishingBands",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales: { x } } = chart;
      ctx.save();
      ctx.font = labelFont();
      ctx.textAlign = "center";
      for (let k = 0; k + 1 < state.bands.length; k += 2) {
        const x0 = x.getPixelForValue(state.bands[k]);
        const x1 = x.getPixelForValue(state.bands[k + 1]);
        ctx.fillStyle = VANISH_FILL;
        ctx.fillRect(x0, area.top, x1 - x0, area.bottom - area.top);
        if (x1 - x0 > 6 * Chart.defaults.font.size) {
          ctx.fillStyle = VANISH_INK;
          const line = Chart.defaults.font.size + 3;
          ctx.fillText(tr("gradient"), (x0 + x1) / 2, area.top + line + 2);
          ctx.fillText(tr("vanishes"), (x0 + x1) / 2, area.top + 2 * line + 2);
        }
      }
      ctx.restore();
    },
  };

  // A ring on the largest slope with its value (from the engine).
  const peakMarker = {
    id: "peakMarker",
    afterDatasetsDraw(chart) {
      if (!state.peak || state.chart === null) return;
      const { ctx, chartArea: area, scales: { x, y } } = chart;
      const px = x.getPixelForValue(state.peak.x);
      const py = y.getPixelForValue(state.peak.y);
      ctx.save();
      ctx.lineWidth = BackpropLab.lineWidth(2);
      ctx.strokeStyle = "#1d1d1f";
      ctx.fillStyle = "#fff";
      ctx.beginPath();
      ctx.arc(px, py, 2.5 * BackpropLab.lineWidth(2), 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      ctx.font = labelFont();
      ctx.fillStyle = "#1d1d1f";
      const text = tr("max f′ = " + state.peak.text);
      const width = ctx.measureText(text).width;
      const right = px + 10 + width < area.right;
      ctx.textAlign = right ? "left" : "right";
      const ty = py - 10 < area.top + 12 ? py + 18 : py - 10;
      ctx.fillText(text, right ? px + 10 : px - 10, ty);
      ctx.restore();
    },
  };

  // A vertical line and a dot on each curve at the hovered sample.
  const crosshair = {
    id: "crosshair",
    afterDraw(chart) {
      if (state.hover < 0) return;
      const { ctx, chartArea: area } = chart;
      const f = chart.data.datasets[0].data[state.hover];
      const d = chart.data.datasets[1].data[state.hover];
      if (!f || !d) return;
      const px = chart.scales.x.getPixelForValue(f.x);
      ctx.save();
      ctx.strokeStyle = "rgba(29, 29, 31, 0.45)";
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(px, area.top);
      ctx.lineTo(px, area.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      for (const [point, colour] of [[f, F_COLOUR], [d, SLOPE_COLOUR]]) {
        ctx.beginPath();
        ctx.arc(px, chart.scales.y.getPixelForValue(point.y), 4, 0, 2 * Math.PI);
        ctx.fillStyle = colour;
        ctx.fill();
      }
      ctx.restore();
    },
  };

  function setHover(index) {
    if (index === state.hover) return;
    state.hover = index;
    const out = $("act-readout");
    if (index < 0 || !state.view.available(state.id)) {
      out.textContent = HINT;
      out.classList.add("hint");
    } else {
      const [s, f, d] = state.view.readout(state.id, index);
      out.textContent = "s = " + s + "   f(s) = " + f + "   f′(s) = " + d;
      out.classList.remove("hint");
    }
    state.chart.draw();
  }

  function showActivation() {
    const view = state.view;
    const id = state.id;
    const s = view.samples();
    const f = view.values(id);
    const d = view.slopes(id);
    const fPoints = [];
    const dPoints = [];
    for (let i = 0; i < f.length; i++) {
      fPoints.push({ x: s[i], y: f[i] });
      dPoints.push({ x: s[i], y: d[i] });
    }
    state.chart.data.datasets[0].data = fPoints;
    state.chart.data.datasets[1].data = dPoints;
    state.bands = Array.from(view.vanishing(id));
    const peak = view.peakPoint(id);
    state.peak = peak.length === 2 ? { x: peak[0], y: peak[1], text: view.peakText(id) } : null;
    $("act-formula").textContent = view.available(id) ? view.formula(id)
      : view.formula(id) + " (not available in this build: it needs the portable erf)";
    $("act-peak").textContent = view.peakText(id);
    $("act-vanish").textContent = view.vanishingText(id);
    for (const row of $("act-table").tBodies[0].rows) row.classList.toggle("current", row.dataset.id === id);
    state.hover = -2; // force the readout to reset
    setHover(-1);
    state.chart.update("none");
  }

  function fillTable() {
    const rows = state.view.peakTable();
    const body = $("act-table").tBodies[0];
    body.replaceChildren();
    for (let k = 0; k + 3 < rows.length; k += 4) {
      const tr = document.createElement("tr");
      tr.dataset.id = rows[k];
      tr.title = "show " + rows[k];
      rows.slice(k, k + 4).forEach((text, c) => {
        const td = document.createElement("td");
        td.textContent = text;
        if (c === 0) td.className = "act-id";
        if (c === 1) td.className = "num";
        tr.append(td);
      });
      tr.addEventListener("click", () => {
        state.id = rows[k];
        $("act-choice").value = state.id;
        showActivation();
      });
      body.append(tr);
    }
  }

  // ---- gradient norms ---------------------------------------------------------------------------------------

  function makeNormsChart(canvas) {
    return new Chart(canvas, {
      type: "bar",
      data: { labels: [], datasets: [{ label: "‖∂E/∂W‖", data: [], backgroundColor: F_COLOUR, borderWidth: 0,
        maxBarThickness: 48 }] },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 0 } },
          // label the powers of ten only (log axes offer 2s and 5s too)
          y: { type: "logarithmic", title: { display: true, text: "‖∂E/∂W⁽ˡ⁾‖ (log scale)" },
            ticks: { callback: v => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9 ? tick(v) : "" } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: {
            title: items => state.normsLabels[items[0].dataIndex].join(" · "),
            label: item => "‖∂E/∂W‖ = " + state.normsTexts[item.dataIndex],
          } },
        },
      },
    });
  }

  function showNorms() {
    const view = state.view;
    const caption = view.refreshNorms();
    $("act-norms-caption").textContent = caption || state.lab.status();
    const values = Array.from(view.gradientNorms());
    state.normsTexts = view.gradientNormTexts();
    state.normsLabels = Array.from(view.gradientNormLabels(), label => label.split(" · "));
    const chart = state.normsChart;
    chart.data.labels = state.normsLabels;
    chart.data.datasets[0].data = values.map(v => (v > 0 ? v : null)); // a log axis has no 0
    chart.update("none");
    const body = $("act-norms-table").tBodies[0];
    body.replaceChildren();
    values.forEach((_, l) => {
      const tr = document.createElement("tr");
      for (const [text, cls] of [[state.normsLabels[l].join(" · "), ""], [state.normsTexts[l], "num"]]) {
        const td = document.createElement("td");
        td.textContent = text;
        td.className = cls;
        tr.append(td);
      }
      body.append(tr);
    });
  }

  // ---- linear collapse --------------------------------------------------------------------------------------

  function showCollapse() {
    const view = state.view;
    const problem = view.refreshCollapse(COLLAPSE_ROWS);
    $("act-collapse-problem").hidden = !problem;
    $("act-collapse-problem").textContent = problem;
    $("act-collapse-result").hidden = !!problem;
    if (problem) return;
    const features = view.collapseFeatureNote();
    $("act-collapse-features").hidden = !features;
    $("act-collapse-features").textContent = features;
    $("act-collapse-equations").replaceChildren(...Array.from(view.collapseEquations(), line => {
      const p = document.createElement("p");
      p.textContent = line;
      return p;
    }));
    const outputs = view.collapseOutputs();
    const inputs = view.collapseInputs();
    fillMatrix($("act-collapse-w"), view.collapseWeights(), outputs, inputs);
    fillMatrix($("act-collapse-b"), view.collapseBias(), outputs, 1);
    const rows = view.collapseRows();
    const body = $("act-collapse-rows").tBodies[0];
    body.replaceChildren();
    for (let k = 0; k + 3 < rows.length; k += 4) {
      const tr = document.createElement("tr");
      for (let c = 0; c < 4; c++) {
        const td = document.createElement("td");
        td.textContent = rows[k + c];
        td.className = "num";
        tr.append(td);
      }
      body.append(tr);
    }
    $("act-collapse-count").textContent = String(view.collapseCount());
    $("act-collapse-max").textContent = view.collapseMaxDifference();
  }

  function fillMatrix(table, texts, rows, cols) {
    table.replaceChildren();
    for (let r = 0; r < rows; r++) {
      const tr = document.createElement("tr");
      for (let c = 0; c < cols; c++) {
        const td = document.createElement("td");
        td.textContent = texts[r * cols + c];
        tr.append(td);
      }
      table.append(tr);
    }
  }

  // Sets every unit to identity (hidden layers, output, per-unit overrides) and restarts the run, as a changed
  // link would: the other views reload first, so that this one reads the new run. Cross-entropy needs sigmoid
  // outputs, so an all-linear network is given the squared error instead. What changed in the Train view's settings
  // is listed under the button, since it happens in another view.
  function useIdentity() {
    const [problem, ...changes] = Array.from(state.view.useIdentity());
    const said = $("act-identity-changes");
    said.replaceChildren();
    if (problem) {
      $("act-collapse-problem").hidden = false;
      $("act-collapse-problem").textContent = problem;
      return;
    }
    const head = document.createElement("p");
    head.textContent = changes.length ? "Changed in the Train view's settings:" : "Every unit was identity already.";
    said.append(head);
    if (changes.length) {
      const list = document.createElement("ul");
      for (const line of changes) {
        const li = document.createElement("li");
        li.textContent = line;
        list.append(li);
      }
      said.append(list);
    }
    said.hidden = false;
    BackpropLab.updateLink();
    BackpropLab.syncFields();
    for (const [id, view] of Object.entries(BackpropLab.views)) {
      if (id !== "activations" && view.reload) view.reload();
    }
    refresh();
  }

  function refresh() {
    showNorms();
    showCollapse();
  }

  BackpropLab.register("activations", {
    init,
    show() {
      state.chart.resize();
      state.normsChart.resize();
      refresh();
    },
    reload() {
      if (!$("view-activations").hidden) refresh();
    },
    // ← → the previous or next activation function
    keys: { ArrowLeft: () => pick(-1), ArrowRight: () => pick(1) },
  });

  function pick(by) {
    const select = $("act-choice");
    const n = select.options.length;
    select.selectedIndex = (select.selectedIndex + by + n) % n;
    state.id = select.value;
    showActivation();
  }
})();
