// Wires the page to the engine (engine.js, compiled from Java by TeaVM). It only moves text between
// controls and the engine, and draws the numbers the engine gives: all maths and formatting live in Java.
"use strict";

const app = {
  lab: null,
  playing: false,
  chart: null,
  plotted: 0,          // loss values already in the chart
  lossPoints: [],      // every epoch's {x, y}; Chart.js decimates what it draws
  epochsPerFrame: 1,   // adapted so one frame's training takes about FRAME_BUDGET_MS
};
const FRAME_BUDGET_MS = 10;
window.backpropLab = app; // for tests and the curious

function $(id) { return document.getElementById(id); }

function boot() {
  app.lab = newLab();
  fillChoices();
  showNotices(app.lab.loadLink(location.hash));
  syncControls();
  bindControls();
  $("play").addEventListener("click", togglePlay);
  $("step").addEventListener("click", () => { pause(); trainAndDraw(1); });
  $("reset").addEventListener("click", () => { pause(); restart(); });
  window.addEventListener("hashchange", () => {
    if (location.hash.slice(1) !== app.lab.link()) {
      pause();
      showNotices(app.lab.loadLink(location.hash));
      syncControls();
      restart();
    }
  });
  app.chart = makeLossChart($("loss-chart"));
  restart();
}

function fillChoices() {
  for (const select of document.querySelectorAll("select[data-key]")) {
    for (const id of app.lab.choices(select.dataset.key)) {
      select.add(new Option(id, id));
    }
  }
  const list = $("activation-ids");
  for (const id of app.lab.choices("out")) {
    list.append(new Option(id));
  }
}

function syncControls() {
  for (const el of document.querySelectorAll("[data-key]")) {
    el.value = app.lab.get(el.dataset.key);
    markField(el, "");
  }
}

function bindControls() {
  for (const el of document.querySelectorAll("[data-key]")) {
    el.addEventListener("change", () => {
      const problem = app.lab.set(el.dataset.key, el.value);
      markField(el, problem);
      if (problem) return; // the engine kept the previous value; the typed text stays for fixing
      history.replaceState(null, "", "#" + app.lab.link());
      pause();
      restart();
    });
  }
}

// Shows or clears the inline message under a control. Text only: never HTML.
function markField(el, problem) {
  const label = el.closest("label");
  let msg = label.querySelector(".field-error");
  if (!msg) {
    msg = document.createElement("span");
    msg.className = "field-error";
    msg.id = "err-" + el.dataset.key;
    msg.setAttribute("role", "alert");
    label.append(msg);
  }
  msg.textContent = problem;
  msg.hidden = !problem;
  el.setAttribute("aria-invalid", problem ? "true" : "false");
  if (problem) el.setAttribute("aria-describedby", msg.id); else el.removeAttribute("aria-describedby");
}

function showNotices(notices) {
  const box = $("notices");
  box.replaceChildren(...Array.from(notices, text => {
    const p = document.createElement("p");
    p.textContent = text;
    return p;
  }));
  box.hidden = notices.length === 0;
}

function restart() {
  const problem = app.lab.reset();
  app.plotted = 0;
  app.lossPoints = [];
  app.chart.data.datasets[0].data = app.lossPoints;
  app.chart.update("none");
  setStatus(problem, !!problem);
  draw();
}

function togglePlay() {
  if (app.playing) { pause(); return; }
  if (app.lab.stopped()) restart();
  app.playing = true;
  $("play").textContent = "Pause";
  $("play").setAttribute("aria-pressed", "true");
  requestAnimationFrame(frame);
}

function pause() {
  app.playing = false;
  $("play").textContent = "Play";
  $("play").setAttribute("aria-pressed", "false");
}

// One animation frame: train for about FRAME_BUDGET_MS, then draw, so the page stays at 60 fps.
function frame() {
  if (!app.playing) return;
  const start = performance.now();
  const done = app.lab.train(app.epochsPerFrame);
  const spent = performance.now() - start;
  if (done > 0) {
    const perEpoch = Math.max(spent / done, 0.001);
    app.epochsPerFrame = Math.max(1, Math.min(10000, Math.floor(FRAME_BUDGET_MS / perEpoch)));
  }
  draw();
  if (app.lab.stopped()) { pause(); return; }
  requestAnimationFrame(frame);
}

function trainAndDraw(epochs) {
  app.lab.train(epochs);
  draw();
}

function draw() {
  const [epoch, loss, accuracy] = app.lab.readouts();
  $("epoch").textContent = epoch;
  $("loss").textContent = loss;
  $("accuracy").textContent = accuracy || "–";
  const status = app.lab.status();
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
  const fresh = app.lab.losses(app.plotted);
  if (fresh.length === 0) return;
  for (let i = 0; i < fresh.length; i++) {
    const y = fresh[i];
    app.lossPoints.push({ x: app.plotted + i + 1, y: Number.isFinite(y) ? y : null });
  }
  app.plotted += fresh.length;
  // Assign rather than push into the chart's array: the decimation plugin swaps that array for its sample.
  app.chart.data.datasets[0].data = app.lossPoints;
  app.chart.update("none");
}

// The network's output over the plane (orange near 0, blue near 1) with the training points on top.
function drawBoundary(canvas) {
  const ctx = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height;
  if (!app.lab.classification()) { ctx.clearRect(0, 0, w, h); return; }
  const res = 60;
  const values = app.lab.grid(res);
  const image = ctx.createImageData(res, res);
  for (let i = 0; i < res * res; i++) {
    const v = Math.min(1, Math.max(0, values[i]));
    const c = mix([230, 159, 0], [0, 114, 178], Number.isFinite(v) ? v : 0.5);
    image.data.set([c[0], c[1], c[2], 150], 4 * i);
  }
  const off = new OffscreenCanvas(res, res);
  off.getContext("2d").putImageData(image, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(off, 0, 0, w, h);
  const [x0, x1, y0, y1] = app.lab.bounds();
  const pts = app.lab.points();
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

document.addEventListener("DOMContentLoaded", boot);
