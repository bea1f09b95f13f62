// The Train view: Play/Pause, Step, Reset, the live loss curve and the decision boundary.
"use strict";
(function () {
  const FRAME_BUDGET_MS = 10; // training time per animation frame, so the page keeps 60 fps
  const state = {
    lab: null,
    playing: false,
    chart: null,
    plotted: 0,        // loss values already in the chart
    lossPoints: [],    // every epoch's {x, y}; Chart.js decimates what it draws
    epochsPerFrame: 1,
  };

  function init(lab) {
    state.lab = lab;
    state.chart = makeLossChart($("loss-chart"));
    $("play").addEventListener("click", togglePlay);
    $("step").addEventListener("click", () => { pause(); step(); });
    $("reset").addEventListener("click", () => { pause(); restart(); });
  }

  function step() {
    if (state.lab.stopped()) return;
    state.lab.train(1);
    draw();
  }

  function restart() {
    const problem = state.lab.reset();
    state.plotted = 0;
    state.lossPoints = [];
    state.chart.data.datasets[0].data = state.lossPoints;
    state.chart.update("none");
    setStatus(problem, !!problem);
    draw();
  }

  function togglePlay() {
    if (state.playing) { pause(); return; }
    if (state.lab.stopped()) restart();
    state.playing = true;
    $("play").textContent = BackpropI18n.t("Pause");
    $("play").setAttribute("aria-pressed", "true");
    requestAnimationFrame(frame);
  }

  function pause() {
    state.playing = false;
    $("play").textContent = BackpropI18n.t("Play");
    $("play").setAttribute("aria-pressed", "false");
  }

  // One animation frame: train for about FRAME_BUDGET_MS, then draw.
  function frame() {
    if (!state.playing) return;
    const start = performance.now();
    const done = state.lab.train(state.epochsPerFrame);
    const spent = performance.now() - start;
    if (done > 0) {
      const perEpoch = Math.max(spent / done, 0.001);
      state.epochsPerFrame = Math.max(1, Math.min(10000, Math.floor(FRAME_BUDGET_MS / perEpoch)));
    }
    draw();
    if (state.lab.stopped()) { pause(); return; }
    requestAnimationFrame(frame);
  }

  function draw() {
    const [epoch, loss, accuracy] = state.lab.readouts();
    $("epoch").textContent = epoch;
    $("loss").textContent = loss;
    $("accuracy").textContent = accuracy || "–";
    const status = state.lab.status();
    if (status) setStatus(status, status.startsWith("diverged"));
    appendLosses();
    drawBoundary($("boundary"));
  }

  function setStatus(text, bad) {
    const el = $("status");
    el.textContent = text;
    el.classList.toggle("bad", bad);
  }

  function makeLossChart(canvas) {
    return new Chart(canvas, {
      type: "line",
      data: { datasets: [{ label: "training loss", data: [], borderColor: "#0072b2", borderWidth: 2,
        pointRadius: 0, tension: 0 }] },
      options: {
        animation: false, parsing: false, normalized: true, maintainAspectRatio: false,
        scales: {
          x: { type: "linear", title: { display: true, text: "epoch" }, min: 1 },
          y: { type: "linear", title: { display: true, text: "loss" }, beginAtZero: true },
        },
        plugins: { legend: { display: false }, decimation: { enabled: true, algorithm: "lttb", samples: 500 } },
      },
    });
  }

  function appendLosses() {
    const fresh = state.lab.losses(state.plotted);
    if (fresh.length === 0) return;
    for (let i = 0; i < fresh.length; i++) {
      const y = fresh[i];
      state.lossPoints.push({ x: state.plotted + i + 1, y: Number.isFinite(y) ? y : null });
    }
    state.plotted += fresh.length;
    // Assign rather than push into the chart's array: the decimation plugin swaps that array for its sample.
    state.chart.data.datasets[0].data = state.lossPoints;
    state.chart.update("none");
  }

  // The network's output over the plane (orange near 0, blue near 1) with the training points on top.
  function drawBoundary(canvas) {
    const ctx = canvas.getContext("2d");
    const w = canvas.width, h = canvas.height;
    if (!state.lab.classification()) { ctx.clearRect(0, 0, w, h); return; }
    const res = 60;
    const values = state.lab.grid(res);
    const image = ctx.createImageData(res, res);
    for (let i = 0; i < res * res; i++) {
      const v = Math.min(1, Math.max(0, values[i]));
      const c = mix([230, 159, 0], [0, 114, 178], Number.isFinite(v) ? v : 0.5);
      image.data.set([c[0], c[1], c[2], 150], 4 * i);
    }
    const off = document.createElement("canvas");
    off.width = off.height = res;
    off.getContext("2d").putImageData(image, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(off, 0, 0, w, h);
    const [x0, x1, y0, y1] = state.lab.bounds();
    const pts = state.lab.points();
    for (let i = 0; i < pts.length; i += 3) {
      const px = (pts[i] - x0) / (x1 - x0) * w;
      const py = (y1 - pts[i + 1]) / (y1 - y0) * h;
      ctx.beginPath();
      ctx.arc(px, py, 5, 0, 2 * Math.PI);
      ctx.fillStyle = pts[i + 2] >= 0.5 ? "#0072b2" : "#e69f00";
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = "#fff";
      ctx.stroke();
    }
  }

  function mix(a, b, t) {
    const white = [255, 255, 255];
    // through white at 0.5 so the boundary itself reads as a pale band
    if (t < 0.5) return a.map((v, i) => v + (white[i] - v) * (t * 2));
    return white.map((v, i) => v + (b[i] - v) * ((t - 0.5) * 2));
  }

  BackpropLab.register("train", {
    init,
    keys: { " ": () => $("play").click(), ArrowRight: () => $("step").click(), r: () => $("reset").click() },
    reload() { pause(); restart(); },
    changed() { pause(); restart(); },
    hide() { pause(); },
  });
})();
