// The network diagram of the Train view, drawn into <figure id="diagram-figure">: neurons and weights of the
// current run (edge colour = sign, width ∝ |w|), "+1" nodes whose edges are the biases, exact values on hover,
// and a neuron's activation over the input plane on click (computed by the engine, DiagramView). From the
// keyboard the canvas takes focus: arrow keys walk the neurons (their values show and are read out), Enter or
// Space maps the one in focus and opens its activation menu, W (before the first epoch) its incoming weights to type.
//
// The diagram is also the network's control (NetworkEdit in the engine): "+ layer" and "− layer" add and remove
// the last hidden layer, + and − over each hidden column its last unit, a click (or Enter) on a unit opens a menu
// of activations, and before the first epoch a click on a weight types its initial value. Each edit changes the
// link's fields (h, act, units, out, init and w) in one step and restarts the run, which the line under the diagram
// says (a live region). A network typed larger than the diagram draws whole is drawn compact: a column shows at
// most WHOLE_UNITS units (its first ones, "⋯ n more" and its last; the weights of the units not drawn as grey dotted
// lines), and more than six hidden layers sit closer together; a note under the diagram says so.
//
// How it keeps up with training without train.js knowing about it: one requestAnimationFrame loop asks the
// engine for lab.diagram().version(), a counter that changes only when the run is replaced (reset, new link,
// changed field) or trains an epoch. The diagram is redrawn only then, and only while the Train view is visible;
// an idle frame costs one call and a comparison.
//
// Every unit's picture (issue 27): with two inputs each hidden and output unit shows its value over the input
// plane, on the output panel's colour scale, from one batched engine pass over a 20 × 20 grid handed over in one
// typed array (DiagramView.pictures). They are recomputed with the diagram, at most once per animation frame and
// only when the epoch changed, and paced by their own cost (at most a quarter of the time); without pictures the
// diagram is redrawn at most 10 times a second. Pointing at a unit (mouse or keyboard) shows it large in the output
// panel; a click keeps it there (with its map beside the diagram) until a click on an empty spot.
"use strict";
(function () {
  const POSITIVE = "#0072b2";      // Okabe–Ito blue, as class 1 in lab.css
  const NEGATIVE = "#e69f00";      // Okabe–Ito orange, as class 0
  const BROKEN = "#8a8a8a";        // a weight that is not a number any more (inf or nan)
  const FOCUS = "#cc79a7";         // Okabe–Ito reddish purple: the neuron in keyboard focus
  const MIN_HEIGHT = 200;          // CSS pixels: the stage's own height (CSS) when larger, so the diagram fills it
  const REDRAW_MS = 100;           // at most 10 redraws a second while the weights change
  const MAP_MS = 400;              // and a selected neuron's map at most 2.5 times a second
  const MAX_HOVER_EDGES = 1500;    // denser than this, one line can't be pointed at
  const MAP_RES = 48;
  const WHOLE_UNITS = 10;          // a column draws this many units at most (the course's 10-unit layers whole);
  const HEAD_UNITS = WHOLE_UNITS - 2; // a wider one its first 8, "⋯ n more" and its last: still 10 rows
  const AGGREGATE = "#8a8a8a";     // the dotted lines standing for the weights of units not drawn
  const PICTURE_RES = 20;          // the units' pictures: a 20 × 20 grid over the input plane
  const state = {
    lab: null, view: null, canvas: null, tip: null, map: null, mapCaption: null, note: null,
    drawnVersion: -1, drawnWidth: 0, height: 340, lastDraw: 0, mapVersion: -1, lastMap: 0,
    net: null,         // what was drawn: sizes, weights, positions
    hover: null,       // {kind: "neuron" | "edge" | "bias", l, i, j}
    selected: null,    // {l, j} of the mapped neuron
    cursor: null,      // {l, j} of the neuron in keyboard focus
    live: null,        // polite live region: the cursor's values, for screen readers
    glyphs: {},        // activation id -> f on 21 points, for the curve inside a neuron
    units: null,       // the + and − buttons over the hidden columns, one group per hidden layer
    layerButtons: null, // {add, remove}: the hidden layers' + and −
    message: null,     // the line under the diagram saying what the last edit did (role=status, aria-live)
    popup: null,       // the open activation menu or weight box, or null
    atlas: null,       // an offscreen canvas: every unit's picture, PICTURE_RES wide, one under the other
    drawCost: 0,       // ms a redraw (read, pictures, drawing) takes, smoothed: pictures are paced by it
    shown: null,       // {l, j} of the unit the output panel shows, or null for the network's output
    picturesOn: true,  // off only for the benchmark's side-by-side runs
    features: null,    // the input column's list of every input feature (issue 28), left of the drawing
    featureKey: "",    // the data's plane the features' thumbnails were drawn for
  };

  function init(lab) {
    state.lab = lab;
    state.view = lab.diagram();
    const figure = $("diagram-figure");
    // a one-line caption; how to read the picture opens under "How to read it", over the diagram
    const caption = document.createElement("figcaption");
    caption.className = "diagram-caption";
    const title = document.createElement("span");
    title.className = "panel-title";
    title.textContent = "Network";
    const help = document.createElement("details");
    help.className = "diagram-help";
    const summary = document.createElement("summary");
    summary.textContent = "How to read it";
    const text = document.createElement("p");
    text.textContent = "Blue weights are positive, orange negative, thicker lines are larger |w|; "
      + "each +1 node carries the next layer's biases. Hover for exact values; click a neuron to map its activation "
      + "(keyboard: arrow keys, Enter).";
    const edits = document.createElement("span");
    edits.textContent = "Edit the network here: + and − add and remove layers and units, a click on a neuron chooses "
      + "its activation, and before the first epoch a click on a weight (or W on a neuron in focus) types its initial "
      + "value.";
    const compact = document.createElement("span");
    compact.textContent = "A layer of more than 10 units is drawn compact: ⋯ stands for the units left out, its grey "
      + "dotted lines for their weights.";
    const pictures = document.createElement("span");
    pictures.textContent = "With two inputs each unit shows its output over the input plane in the output's colours "
      + "(a bar under a column gives its scale when it is not 0 to 1); point at a unit to see it large on the right, "
      + "click to keep it there, click an empty spot to return to the network's output.";
    text.append(document.createElement("br"), edits, document.createElement("br"), compact,
      document.createElement("br"), pictures);
    help.append(summary, text);
    const layers = document.createElement("span");
    layers.className = "diagram-layers";
    layers.setAttribute("role", "group");
    layers.setAttribute("aria-label", "Hidden layers");
    state.layerButtons = {
      remove: editButton("− layer", "Remove the last hidden layer", () => edit(state.view.removeLayer())),
      add: editButton("+ layer", "Add a hidden layer before the output", () => edit(state.view.addLayer())),
    };
    layers.append(state.layerButtons.remove, state.layerButtons.add);
    caption.append(title, layers, help);
    const body = document.createElement("div");
    body.className = "diagram-body";
    const stage = document.createElement("div");
    stage.className = "diagram-stage";
    state.canvas = document.createElement("canvas");
    state.canvas.id = "diagram";
    state.canvas.setAttribute("role", "img");
    state.canvas.setAttribute("aria-label", "Network diagram");
    state.canvas.setAttribute("aria-describedby", "diagram-keys diagram-note"); // its keys, and why it is compact
    state.canvas.tabIndex = 0;
    const keys = document.createElement("p");
    keys.id = "diagram-keys";
    keys.className = "visually-hidden";
    keys.textContent = "Arrow keys move between neurons and read their values; Enter maps the neuron's activation"
      + " and opens its activation menu; W types its initial weights before the first epoch.";
    state.live = document.createElement("p");
    state.live.className = "visually-hidden";
    state.live.setAttribute("aria-live", "polite");
    state.tip = document.createElement("div");
    state.tip.className = "diagram-tip";
    state.tip.hidden = true;
    state.units = document.createElement("div");
    state.units.className = "diagram-units";
    stage.append(state.canvas, state.units, state.tip);
    const side = document.createElement("div");
    side.className = "diagram-side";
    // In the one-screen layout this column may scroll: a keyboard user must be able to focus it to scroll it.
    side.tabIndex = 0;
    side.setAttribute("role", "region");
    side.setAttribute("aria-label", "Selected neuron");
    state.map = document.createElement("canvas");
    state.map.id = "neuron-map";
    state.map.width = state.map.height = 180;
    state.map.setAttribute("role", "img");
    state.map.setAttribute("aria-label", "Activation of the selected neuron");
    state.mapCaption = document.createElement("p");
    state.mapCaption.id = "neuron-map-caption";
    side.append(state.map, state.mapCaption);
    // under the diagram: what the last edit did (a live region, read out when it changes) and why it is compact
    const foot = document.createElement("div");
    foot.className = "diagram-foot";
    state.message = document.createElement("p");
    state.message.className = "diagram-message";
    state.message.setAttribute("role", "status");
    state.message.setAttribute("aria-live", "polite");
    state.note = document.createElement("p");
    state.note.id = "diagram-note";
    state.note.className = "diagram-note";
    state.note.hidden = true;
    foot.append(state.message, state.note);
    state.features = buildFeatures();
    body.append(state.features, stage, side, foot);
    figure.replaceChildren(caption, body, keys, state.live);
    state.canvas.addEventListener("mousemove", onMove);
    state.canvas.addEventListener("mouseleave", () => { if (!state.cursor) setHover(null); });
    state.canvas.addEventListener("click", onClick);
    // the activation menu and the weight box close when the mouse or the focus goes elsewhere
    document.addEventListener("mousedown", event => {
      if (state.popup && !state.popup.contains(event.target) && event.target !== state.canvas) closePopup(false);
    });
    stage.addEventListener("focusout", event => {
      const box = state.popup;
      if (box && box.contains(event.target) && !box.contains(event.relatedTarget)) {
        setTimeout(() => { if (state.popup === box && !box.contains(document.activeElement)) closePopup(false); });
      }
    });
    state.canvas.addEventListener("keydown", onKeyDown);
    // Focus from the keyboard shows the cursor at once; a mouse click focuses too, but then the tooltip stays with
    // the mouse until a key is pressed.
    state.canvas.addEventListener("focus", () => {
      if (state.net && state.canvas.matches(":focus-visible")) moveCursor(startingCursor());
    });
    state.canvas.addEventListener("blur", () => {
      state.cursor = null;
      setHover(null);
      if (state.net) draw();
    });
    clearMap("Click a neuron to see its activation across the inputs.");
    // canvas text and lines: redrawn in the new language, or thicker and larger on a projector
    const redraw = () => { state.drawnVersion = -1; state.mapVersion = -1; };
    BackpropLab.onLanguage(redraw);
    BackpropLab.onProjector(redraw);
    requestAnimationFrame(loop);
  }

  function loop(now) {
    requestAnimationFrame(loop);
    if (!state.lab || state.canvas.offsetParent === null) return; // the Train view is hidden
    fitFeatures();
    const width = state.canvas.parentElement.clientWidth;
    const height = Math.max(MIN_HEIGHT, state.canvas.parentElement.clientHeight);
    const resized = width !== state.drawnWidth || height !== state.height;
    const version = state.view.version();
    const stale = version !== state.drawnVersion || resized;
    // live pictures follow every frame whose epoch changed, as long as they take at most a quarter of the time
    const gap = state.net && state.net.pictures ? 3 * state.drawCost : REDRAW_MS;
    if (stale && (resized || now - state.lastDraw >= gap)) {
      const start = performance.now();
      state.height = height;
      state.lastDraw = now;
      state.drawnVersion = version;
      state.drawnWidth = width;
      read();
      draw();
      if (state.hover) setHover(state.hover); // the values under the mouse may have changed
      state.canvas.dataset.version = String(version);
      state.drawCost = 0.7 * state.drawCost + 0.3 * (performance.now() - start);
    }
    // a map costs one forward pass per pixel: refreshed at most every MAP_MS while training
    if (state.selected && state.mapVersion !== state.drawnVersion && now - state.lastMap >= MAP_MS) {
      state.lastMap = now;
      state.mapVersion = state.drawnVersion;
      drawMap();
    }
  }

  // ---- reading the network and placing it ------------------------------------------------------------------

  function read() {
    updateFeatures();
    const view = state.view;
    const sizes = Array.from(view.sizes());
    const reshaped = !state.net || state.net.sizes.join() !== sizes.join();
    if (reshaped) setHover(null); // what was hovered may be gone
    if (reshaped) buildUnitButtons(sizes);
    if (sizes.length === 0) {
      state.net = null;
      state.selected = null;
      clearMap("");
      return;
    }
    const weights = [null];
    let maxAbs = 0;
    let edges = 0; // the lines drawn: a compact column draws the weights of its drawn units only
    for (let l = 1; l < sizes.length; l++) {
      const w = view.weights(l);
      weights.push(w);
      for (let k = 0; k < w.length; k++) if (Number.isFinite(w[k])) maxAbs = Math.max(maxAbs, Math.abs(w[k]));
      edges += (shownUnits(sizes[l - 1]).length + 1) * shownUnits(sizes[l]).length;
    }
    const acts = [null];
    for (let l = 1; l < sizes.length; l++) acts.push(Array.from(view.activationIds(l)));
    const drawn = (l, j) => l < sizes.length && j < sizes[l] && shownUnits(sizes[l]).includes(j);
    if (state.cursor && !drawn(state.cursor.l, state.cursor.j)) {
      state.cursor = { l: 0, j: 0 };
    }
    if (state.selected && !drawn(state.selected.l, state.selected.j)) {
      state.selected = null;
      clearMap("Click a neuron to see its activation across the inputs.");
    }
    const pictured = state.picturesOn && view.hasPictures();
    state.net = { sizes, weights, acts, maxAbs: maxAbs || 1, edges, labels: Array.from(view.layerLabels()),
      shortLabels: Array.from(view.layerShortLabels()),
      inputs: Array.from(view.inputNames()), pictures: pictured, ...place(sizes, pictured) };
    if (pictured) paintPictures(sizes);
    if (state.shown && (!pictured || !drawn(state.shown.l, state.shown.j))) showUnit(null);
    const notes = compactNotes(sizes);
    if (edges > MAX_HOVER_EDGES) {
      notes.push("This network has too many weights to point at one line: hover a neuron or a +1 node for its values.");
    }
    if (state.note.dataset.notes !== notes.join("\n")) { // unchanged notes are not rewritten (nor retranslated)
      state.note.dataset.notes = notes.join("\n");
      state.note.replaceChildren(...notes.map(text => {
        const span = document.createElement("span");
        span.textContent = text;
        return span;
      }));
      state.note.hidden = notes.length === 0;
    }
  }

  // Why the diagram is drawn compact, one sentence per reason: a layer wider than WHOLE_UNITS, more hidden layers
  // than the diagram's + adds.
  function compactNotes(sizes) {
    const notes = [];
    const widest = Math.max(...sizes);
    if (widest > WHOLE_UNITS) {
      notes.push(widest + " units: drawn compact; the diagram shows up to " + WHOLE_UNITS + " per layer");
    }
    const hidden = sizes.length - 2;
    if (hidden > state.view.maxLayers()) {
      notes.push(hidden + " hidden layers: drawn compact; the diagram is made for up to " + state.view.maxLayers());
    }
    return notes;
  }

  // The units of a layer of n that the diagram draws: all of them up to WHOLE_UNITS, else the first HEAD_UNITS
  // and the last (between them, "⋯ n more").
  function shownUnits(n) {
    const shown = [];
    const head = n > WHOLE_UNITS ? HEAD_UNITS : n;
    for (let j = 0; j < head; j++) shown.push(j);
    if (n > WHOLE_UNITS) shown.push(n - 1);
    return shown;
  }

  // Columns spread across the width; neurons centred in their column; the +1 node above each but the last. A
  // column draws at most WHOLE_UNITS rows: ys[j] is undefined for a unit not drawn, shown lists the drawn units and
  // more where "⋯ n more" stands. Many columns (more hidden layers than the diagram's + adds) sit closer to the
  // edges, with smaller +1 nodes and neurons.
  function place(sizes, pictured) {
    const width = state.canvas.parentElement.clientWidth;
    const layers = sizes.length;
    const many = layers - 2 > state.view.maxLayers();
    let margin = many ? 30 : 46;
    // on a phone the + and − are 44 px wide: narrower margins (down to 20 px) leave that much between the columns
    const need = unitWidth() + 4; // a group of + over − is one button wide
    if (layers > 3 && (width - 2 * margin) / (layers - 1) < need) {
      margin = Math.max(20, Math.min(margin, (width - need * (layers - 1)) / 2));
    }
    const left = margin;
    const right = margin;
    const gap = layers > 1 ? (width - left - right) / (layers - 1) : width;
    const bar = unitBar(gap);
    const top = bar + 44;
    // room for two lines of column captions, and with pictures a line for their colour scales
    const legend = pictured ? font(10) + 6 : 0;
    const bottom = 14 + 2 * font(12) + legend;
    const most = Math.max(...sizes.map(n => Math.min(n, WHOLE_UNITS)));
    const spacing = Math.min(44, (state.height - top - bottom) / most);
    // a unit with a picture fills more of its room, and more still on a projector, where it must read from afar
    let radius = pictured ? Math.max(2.5, Math.min(font(12) + 2, spacing * 0.45, gap * 0.3))
      : Math.max(2.5, Math.min(14, spacing * 0.4, gap * 0.3));
    // Pictures too small to read (a projector's tall type leaves 10 units little height): every other unit steps
    // aside, so a column's neighbours sit side by side and each may be twice as large.
    let stagger = 0;
    if (pictured && radius < 0.8 * (font(12) + 2)) {
      const staggered = Math.max(2.5, Math.min(font(12) + 2, spacing * 0.9, (gap - 36) / 4));
      if (staggered > 1.25 * radius) {
        radius = staggered;
        stagger = radius + 1.5;
      }
    }
    const middle = top + (state.height - top - bottom) / 2;
    const columns = [];
    const bias = [];
    for (let l = 0; l < layers; l++) {
      const x = left + (width - left - right) * (layers === 1 ? 0.5 : l / (layers - 1));
      const n = sizes[l];
      const rows = Math.min(n, WHOLE_UNITS);
      const row = k => middle + (k - (rows - 1) / 2) * spacing;
      const shown = shownUnits(n);
      const ys = new Array(n);
      const xs = new Array(n); // each unit's centre: the column's x, or beside it when staggered
      shown.forEach((j, k) => {
        const r = n > WHOLE_UNITS && j === n - 1 ? rows - 1 : k;
        ys[j] = row(r);
        xs[j] = x + (stagger && n > 1 ? (r % 2 === 0 ? -stagger : stagger) : 0);
      });
      const more = n > WHOLE_UNITS ? { y: row(HEAD_UNITS), from: HEAD_UNITS, to: n - 2 } : null;
      columns.push({ x, xs, ys, shown, more });
      bias.push({ x, y: bar + 18 });
    }
    // a +1 node is 26 px wide at most, narrower when the columns are closer than that
    const biasScale = Math.max(0.5, Math.min(1, (gap - 4) / 28));
    return { width, columns, bias, biasScale, radius, spacing,
      legendY: state.height - 14 - 2 * font(12) - legend / 2 };
  }

  // ---- drawing ---------------------------------------------------------------------------------------------

  function draw() {
    const canvas = state.canvas;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.parentElement.clientWidth;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(state.height * ratio);
    canvas.style.width = width + "px";
    canvas.style.height = state.height + "px";
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, state.height);
    const net = state.net;
    if (!net) {
      ctx.fillStyle = "#5b5b60";
      ctx.font = font(14) + "px system-ui, sans-serif";
      ctx.fillText(tr("No network to draw: " + state.lab.status()), 16, 30);
      return;
    }
    // dense networks get thinner, fainter lines so that the strong weights still stand out
    const thick = net.edges > 2000 ? 2 : net.edges > 600 ? 3 : 5;
    const faint = net.edges > 2000 ? 0.08 : 0.25;
    for (let l = 1; l < net.sizes.length; l++) {
      const w = net.weights[l];
      const nOut = net.sizes[l];
      const from = net.columns[l - 1];
      const to = net.columns[l];
      drawAggregate(ctx, l);
      for (const i of [0, ...from.shown.map(u => u + 1)]) {
        const x0 = i === 0 ? net.bias[l - 1].x : from.xs[i - 1];
        const y0 = i === 0 ? net.bias[l - 1].y : from.ys[i - 1];
        for (const j of to.shown) {
          const v = w[i * nOut + j];
          // a weight that overflowed (a diverged run) has no sign or size to show: thin, grey and dashed
          const broken = !Number.isFinite(v);
          const t = broken ? 0 : Math.min(1, Math.abs(v) / net.maxAbs);
          ctx.strokeStyle = broken ? BROKEN : v >= 0 ? POSITIVE : NEGATIVE;
          ctx.globalAlpha = broken ? 0.8 : faint + (1 - faint) * t;
          ctx.lineWidth = BackpropLab.lineWidth(broken ? 1 : 0.4 + (thick - 0.4) * t);
          ctx.setLineDash(broken ? [3, 3] : []);
          ctx.beginPath();
          ctx.moveTo(x0, y0);
          ctx.lineTo(to.xs[j], to.ys[j]);
          ctx.stroke();
        }
      }
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    const hover = state.hover;
    if (hover && hover.kind === "edge") highlightEdge(ctx, hover);
    for (let l = 0; l + 1 < net.sizes.length; l++) drawBiasNode(ctx, net.bias[l], hover && hover.kind === "bias"
      && hover.l === l);
    for (let l = 0; l < net.sizes.length; l++) {
      for (const j of net.columns[l].shown) drawNeuron(ctx, l, j);
      drawMore(ctx, l);
    }
    drawLabels(ctx);
    if (net.pictures) drawLegend(ctx);
    placeUnitButtons();
  }

  // The weights into and out of the units a compact column leaves out: one thin grey dotted line from "⋯" to each
  // drawn unit of the next column and from each drawn unit (and +1) of the previous one. They have no one sign or
  // size to show; hovering "⋯" says which units they stand for.
  function drawAggregate(ctx, l) {
    const net = state.net;
    const from = net.columns[l - 1];
    const to = net.columns[l];
    if (!from.more && !to.more) return;
    ctx.save();
    ctx.strokeStyle = AGGREGATE;
    ctx.globalAlpha = 0.6;
    ctx.lineWidth = BackpropLab.lineWidth(1);
    ctx.setLineDash([1, 3]);
    ctx.beginPath();
    if (from.more) {
      for (const j of to.shown) { ctx.moveTo(from.x, from.more.y); ctx.lineTo(to.xs[j], to.ys[j]); }
      if (to.more) { ctx.moveTo(from.x, from.more.y); ctx.lineTo(to.x, to.more.y); }
    }
    if (to.more) {
      ctx.moveTo(net.bias[l - 1].x, net.bias[l - 1].y);
      ctx.lineTo(to.x, to.more.y);
      for (const i of from.shown) { ctx.moveTo(from.xs[i], from.ys[i]); ctx.lineTo(to.x, to.more.y); }
    }
    ctx.stroke();
    ctx.restore();
  }

  // "⋯ 23 more" where a compact column leaves units out, on a pale pill; only "⋮" when the columns are too close.
  function drawMore(ctx, l) {
    const net = state.net;
    const c = net.columns[l];
    if (!c.more) return;
    const hovered = state.hover && state.hover.kind === "more" && state.hover.l === l;
    ctx.save();
    const size = Math.max(8, Math.min(font(11), net.spacing * 2 - 2 * net.radius - 5)); // between its neighbours
    ctx.font = Math.round(size) + "px system-ui, sans-serif";
    const gap = net.columns.length > 1 ? net.columns[1].x - net.columns[0].x : net.width;
    const full = tr("⋯ " + (c.more.to - c.more.from + 1) + " more");
    const text = ctx.measureText(full).width + 10 <= gap ? full : "⋮";
    const w = ctx.measureText(text).width + 8;
    const h = Math.round(size) + 5;
    ctx.fillStyle = hovered ? "#fff4e5" : "#f2f2f0";
    ctx.strokeStyle = AGGREGATE;
    ctx.lineWidth = BackpropLab.lineWidth(1);
    ctx.beginPath();
    ctx.roundRect(c.x - w / 2, c.more.y - h / 2, w, h, h / 2);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = "#1d1d1f";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(text, c.x, c.more.y + 1);
    ctx.restore();
    c.more.w = w; // for hover
    c.more.h = h;
  }

  // Column captions: one line if they fit between columns, else two ("layer 1" over "32 sigmoid"), else short.
  function drawLabels(ctx) {
    const net = state.net;
    const size = font(12);
    ctx.fillStyle = BackpropLab.projector() ? "#000" : "#5b5b60";
    ctx.font = size + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    const gap = net.columns.length > 1 ? net.columns[1].x - net.columns[0].x : net.width;
    const widest = lines => Math.max(...lines.map(t => ctx.measureText(t).width));
    const labels = net.labels.map(tr);
    const split = net.labels.map(t => t.split(" · ").map(tr));
    if (widest(labels) + 10 <= gap) {
      labels.forEach((t, l) => ctx.fillText(t, clampText(ctx, t, net.columns[l].x), state.height - 10));
    } else if (widest(split.flat()) + 10 <= gap) {
      split.forEach((parts, l) => parts.forEach((t, k) =>
        ctx.fillText(t, clampText(ctx, t, net.columns[l].x), state.height - 7 - size + (size + 1) * k)));
    } else {
      net.shortLabels.map(tr).forEach((t, l) => ctx.fillText(t, clampText(ctx, t, net.columns[l].x), state.height - 10));
    }
  }

  // Keeps a centred label inside the canvas.
  function clampText(ctx, text, x) {
    const half = ctx.measureText(text).width / 2;
    return Math.max(half + 2, Math.min(state.net.width - half - 2, x));
  }

  function highlightEdge(ctx, e) {
    const net = state.net;
    const x0 = e.i === 0 ? net.bias[e.l - 1].x : net.columns[e.l - 1].xs[e.i - 1];
    const y0 = e.i === 0 ? net.bias[e.l - 1].y : net.columns[e.l - 1].ys[e.i - 1];
    if (y0 === undefined || net.columns[e.l].ys[e.j] === undefined) return; // not drawn (a compact column)
    ctx.save();
    ctx.strokeStyle = "#1d1d1f";
    ctx.lineWidth = 2;
    ctx.setLineDash([5, 3]);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(net.columns[e.l].xs[e.j], net.columns[e.l].ys[e.j]);
    ctx.stroke();
    ctx.restore();
  }

  function drawBiasNode(ctx, p, hovered) {
    const k = font(12) / 12 * state.net.biasScale;
    ctx.save();
    ctx.fillStyle = hovered ? "#fff4e5" : "#f2f2f0";
    ctx.strokeStyle = "#5b5b60";
    ctx.lineWidth = BackpropLab.lineWidth(1);
    ctx.beginPath();
    ctx.roundRect(p.x - 13 * k, p.y - 10 * k, 26 * k, 20 * k, 4);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = "#1d1d1f";
    ctx.font = Math.round(font(12) * state.net.biasScale) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText("+1", p.x, p.y + 1);
    ctx.restore();
  }

  function drawNeuron(ctx, l, j) {
    const net = state.net;
    const x = net.columns[l].xs[j];
    const y = net.columns[l].ys[j];
    const r = net.radius;
    const selected = state.selected && state.selected.l === l && state.selected.j === j;
    const hovered = state.hover && state.hover.kind === "neuron" && state.hover.l === l && state.hover.j === j;
    const pictured = net.pictures && l > 0;
    ctx.save();
    ctx.beginPath();
    if (pictured) {
      // its picture, in a rounded square: the plane seen through this unit, pixel for pixel of the engine's grid
      ctx.roundRect(x - r, y - r, 2 * r, 2 * r, Math.max(2, r * 0.25));
      ctx.save();
      ctx.clip();
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(state.atlas, 0, pictureIndex(l, j) * PICTURE_RES, PICTURE_RES, PICTURE_RES, x - r, y - r, 2 * r,
        2 * r);
      ctx.restore();
    } else {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = l === 0 ? "#f2f2f0" : "#fff";
      ctx.fill();
    }
    ctx.lineWidth = BackpropLab.lineWidth(selected ? 3 : hovered ? 2 : 1.2);
    ctx.strokeStyle = selected ? "#0b61a4" : "#3b3b40";
    ctx.stroke();
    if (state.cursor && state.cursor.l === l && state.cursor.j === j) {
      // the keyboard focus: a ring outside the neuron's own, in Okabe–Ito's reddish purple (no weight has that
      // colour) on a white halo, so it shows over blue and orange lines alike
      BackpropLab.haloRing(ctx, x, y, r + BackpropLab.lineWidth(3.5), FOCUS, BackpropLab.lineWidth(3));
    }
    if (r >= 9) {
      if (l === 0) {
        ctx.fillStyle = "#1d1d1f";
        ctx.font = Math.round(r * 0.9) + "px system-ui, sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText(net.inputs[j], x, y + 1);
      } else if (!pictured) {
        drawGlyph(ctx, net.acts[l][j], x, y, r);
      }
    }
    ctx.restore();
  }

  // The activation's own curve, f over s ∈ [−5, 5], scaled into the neuron.
  function drawGlyph(ctx, id, x, y, r) {
    if (!state.glyphs[id]) state.glyphs[id] = Array.from(state.view.glyph(id));
    const f = state.glyphs[id];
    if (f.length === 0) return;
    const lo = Math.min(...f);
    const hi = Math.max(...f);
    const span = hi - lo || 1;
    const box = r * 0.62;
    ctx.beginPath();
    f.forEach((v, i) => {
      const px = x - box + (2 * box * i) / (f.length - 1);
      const py = y + box - (2 * box * (v - lo)) / span;
      if (i === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py);
    });
    ctx.strokeStyle = "#3b3b40";
    ctx.lineWidth = BackpropLab.lineWidth(1.3);
    ctx.stroke();
  }

  // Canvas text escapes the page's translation and CSS: it asks for both itself.
  function tr(english) { return window.BackpropI18n ? BackpropI18n.t(english) : english; }
  function font(px) { return BackpropLab.textSize(px); }

  // ---- hover and click -------------------------------------------------------------------------------------

  function pointer(event) {
    const box = state.canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  function hit(p) {
    const net = state.net;
    if (!net) return null;
    const reach = Math.max(net.radius + 3, 6);
    for (let l = 0; l < net.sizes.length; l++) {
      const c = net.columns[l];
      if (c.more && c.more.w && Math.abs(p.x - c.x) <= c.more.w / 2 && Math.abs(p.y - c.more.y) <= c.more.h / 2) {
        return { kind: "more", l };
      }
      if (Math.abs(p.x - c.x) > reach + Math.abs(c.xs[c.shown[0]] - c.x)) continue;
      for (const j of c.shown) {
        // a picture is a square: its corners count too
        const near = state.net.pictures && l > 0 ? Math.max(Math.abs(p.x - c.xs[j]), Math.abs(p.y - c.ys[j]))
          : Math.hypot(p.x - c.xs[j], p.y - c.ys[j]);
        if (near <= reach) return { kind: "neuron", l, j };
      }
    }
    for (let l = 0; l + 1 < net.sizes.length; l++) {
      const b = net.bias[l];
      if (Math.abs(p.x - b.x) <= 14 * net.biasScale && Math.abs(p.y - b.y) <= 11 * net.biasScale) {
        return { kind: "bias", l };
      }
    }
    if (net.edges > MAX_HOVER_EDGES) return null;
    let best = null;
    let bestDistance = 4;
    for (let l = 1; l < net.sizes.length; l++) {
      const from = net.columns[l - 1];
      const to = net.columns[l];
      if (p.x < from.x || p.x > to.x) continue;
      for (const i of [0, ...from.shown.map(u => u + 1)]) {
        const x0 = i === 0 ? net.bias[l - 1].x : from.xs[i - 1];
        const y0 = i === 0 ? net.bias[l - 1].y : from.ys[i - 1];
        for (const j of to.shown) {
          const d = segmentDistance(p, x0, y0, to.xs[j], to.ys[j]);
          if (d < bestDistance) { bestDistance = d; best = { kind: "edge", l, i, j }; }
        }
      }
    }
    return best;
  }

  function segmentDistance(p, x0, y0, x1, y1) {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.max(0, Math.min(1, ((p.x - x0) * dx + (p.y - y0) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(p.x - (x0 + t * dx), p.y - (y0 + t * dy));
  }

  function onMove(event) {
    const p = pointer(event);
    const target = hit(p);
    setHover(target, p);
  }

  function setHover(target, p) {
    const same = JSON.stringify(target) === JSON.stringify(state.hover);
    state.hover = target;
    // the unit pointed at shows large in the output panel; pointing elsewhere returns to the clicked one, if any,
    // else to the network's output
    showUnit(target && target.kind === "neuron" ? target : state.selected);
    if (!target) {
      state.tip.hidden = true;
      state.canvas.style.cursor = "";
    } else {
      const view = state.view;
      let lines;
      if (target.kind === "neuron") {
        lines = Array.from(view.neuronText(target.l, target.j));
        if (target.l > 0) {
          lines.push(state.cursor ? "Enter to map it and choose its activation" : "click to map it and choose its activation");
          if (state.cursor && view.canTypeWeights()) lines.push("W to type its initial weights");
        } else if (view.canMap()) {
          lines.push(state.cursor ? "Enter to map its activation" : "click to map its activation");
        }
      } else if (target.kind === "more") {
        lines = [moreText(target.l), "drawn compact: the diagram shows up to " + WHOLE_UNITS + " units per layer"];
      } else if (target.kind === "bias") {
        lines = ["+1: the constant input", "its weights are the biases of the next layer"];
      } else {
        lines = Array.from(view.edgeText(target.l, target.i, target.j));
        if (view.canTypeWeights()) lines.push("click to type its initial value");
      }
      state.tip.textContent = lines.join("\n");
      state.tip.hidden = false;
      state.canvas.style.cursor = target.kind === "neuron" ? "pointer" : "";
      if (target.kind === "more" && !p) p = { x: state.net.columns[target.l].x, y: state.net.columns[target.l].more.y };
      if (p) {
        const stageWidth = state.canvas.parentElement.clientWidth;
        const tipWidth = state.tip.offsetWidth;
        state.tip.style.left = Math.min(p.x + 14, stageWidth - tipWidth - 4) + "px";
        state.tip.style.top = Math.min(p.y + 14, state.height - state.tip.offsetHeight - 4) + "px";
      }
    }
    if (!same && state.net) draw();
  }

  // The units a compact column leaves out: "units 9 to 31 of layer 1 are not drawn" (inputs and outputs alike).
  function moreText(l) {
    const net = state.net;
    const m = net.columns[l].more;
    const a = m.from + 1;
    const b = m.to + 1;
    if (l === 0) return "inputs " + a + " to " + b + " are not drawn";
    if (l === net.sizes.length - 1) return "output units " + a + " to " + b + " are not drawn";
    return "units " + a + " to " + b + " of layer " + l + " are not drawn";
  }

  function onClick(event) {
    const p = pointer(event);
    const target = hit(p);
    if (target && target.kind === "edge") { openWeightBox(target, p); return; }
    if (!target || target.kind !== "neuron") {
      closePopup(false);
      if (!target && state.selected) unselect(); // a click on an empty spot: the output panel shows the output again
      return;
    }
    select(target.l, target.j);
    if (target.l > 0) openMenu(target.l, target.j); else closePopup(false);
  }

  function select(l, j) {
    state.selected = { l, j };
    draw();
    state.mapVersion = state.drawnVersion;
    drawMap();
    showUnit(state.selected);
  }

  function unselect() {
    state.selected = null;
    draw();
    clearMap("Click a neuron to see its activation across the inputs.");
    showUnit(state.hover && state.hover.kind === "neuron" ? state.hover : null);
  }

  // Arrow keys walk the drawn neurons (up/down in a layer, left/right between layers, keeping the row as near as
  // the heights allow); Enter or Space maps the neuron in focus and opens its activation menu; W opens its
  // incoming weights to type (before the first epoch); Escape leaves the diagram. Handled keys stop here, so the
  // page's own shortcuts (Space plays, → steps) don't fire while the diagram has focus.
  function onKeyDown(event) {
    if (!state.net || event.ctrlKey || event.metaKey || event.altKey) return;
    const c = state.cursor || startingCursor();
    const shown = l => state.net.columns[l].shown;
    const at = shown(c.l).indexOf(c.j);
    const row = l => shown(l)[Math.min(shown(l).length - 1, Math.round((at + 0.5) * shown(l).length / shown(c.l).length
      - 0.5))];
    const count = state.net.sizes.length;
    let next = null;
    switch (event.key) {
      case "ArrowUp": next = { l: c.l, j: shown(c.l)[Math.max(0, at - 1)] }; break;
      case "ArrowDown": next = { l: c.l, j: shown(c.l)[Math.min(shown(c.l).length - 1, at + 1)] }; break;
      case "ArrowLeft": next = c.l > 0 ? { l: c.l - 1, j: row(c.l - 1) } : c; break;
      case "ArrowRight": next = c.l + 1 < count ? { l: c.l + 1, j: row(c.l + 1) } : c; break;
      case "Home": next = { l: c.l, j: 0 }; break;
      case "End": next = { l: c.l, j: state.net.sizes[c.l] - 1 }; break;
      case "Enter":
      case " ":
        moveCursor(c);
        select(c.l, c.j);
        if (c.l > 0) openMenu(c.l, c.j);
        break;
      case "w":
      case "W":
        moveCursor(c);
        openIncomingWeights(c.l, c.j);
        break;
      case "Escape":
        state.canvas.blur();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (next) moveCursor(state.cursor ? next : c); // the first key only shows where the cursor is
  }

  // Where the keyboard starts: the mapped neuron if there is one, else the first input.
  function startingCursor() {
    return state.selected || { l: 0, j: 0 };
  }

  // Puts the keyboard focus on neuron (l, j): its tooltip beside it, its values in the live region.
  function moveCursor(target) {
    state.cursor = { l: target.l, j: target.j };
    const net = state.net;
    const x = net.columns[target.l].xs[target.j];
    const y = net.columns[target.l].ys[target.j];
    state.hover = null; // so that setHover redraws with the new focus ring
    setHover({ kind: "neuron", l: target.l, j: target.j }, { x: x + net.radius, y: y + net.radius });
    state.live.textContent = state.tip.textContent.split("\n").join("; ");
  }

  // ---- editing the network in place -----------------------------------------------------------------------

  // A button of the diagram's controls: its text is its name (translated with the page), the title says more.
  function editButton(text, title, action) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.title = title;
    button.addEventListener("click", action);
    return button;
  }

  // Height of the band over the canvas that holds the units' + and − (taller on a phone, where buttons are 44 px):
  // side by side when the columns leave room, else − under +.
  function unitBar(gap) {
    const any = state.units && state.units.querySelector("button");
    if (!any) return 24;
    const stacked = gap < 2 * any.offsetWidth + 6;
    state.units.classList.toggle("stacked", stacked);
    return Math.max(24, (stacked ? 2 : 1) * (any.offsetHeight + 2) + 2);
  }

  // One group of + and − per hidden layer, over its column; rebuilt when the shape changes.
  function buildUnitButtons(sizes) {
    const groups = [];
    for (let l = 1; l + 1 < sizes.length; l++) {
      const group = document.createElement("span");
      group.className = "diagram-unit-buttons";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Units of layer " + l);
      const remove = editButton("−", "Remove the last unit of layer " + l, () => edit(state.view.removeUnit(l)));
      remove.setAttribute("aria-label", "Remove a unit from layer " + l);
      remove.dataset.layer = String(l);
      const add = editButton("+", "Add a unit to layer " + l, () => edit(state.view.addUnit(l)));
      add.setAttribute("aria-label", "Add a unit to layer " + l);
      add.dataset.layer = String(l);
      group.append(remove, add);
      groups.push(group);
      // at a limit the button stays in the Tab order and, pressed, says why it does nothing
      limit(remove, sizes[l] <= 1);
      limit(add, sizes[l] >= state.view.maxUnits());
    }
    state.units.replaceChildren(...groups);
    const hidden = Math.max(0, sizes.length - 2);
    limit(state.layerButtons.remove, sizes.length > 0 && hidden === 0);
    limit(state.layerButtons.add, hidden >= state.view.maxLayers());
  }

  function limit(button, atLimit) {
    button.setAttribute("aria-disabled", atLimit ? "true" : "false");
  }

  // The width of the units' + and − as the page's CSS makes them (undoing placeUnitButtons' narrowing).
  function unitWidth() {
    const buttons = state.units ? Array.from(state.units.querySelectorAll("button")) : [];
    if (buttons.length === 0) return 0;
    if (buttons[0].style.minWidth) buttons.forEach(b => { b.style.minWidth = ""; });
    return buttons[0].offsetWidth;
  }

  function placeUnitButtons() {
    const net = state.net;
    if (!net) return;
    // columns closer than the buttons are wide (7 or 8 hidden layers on a phone): the buttons narrow to the gap,
    // never under 40 px
    const gap = net.columns.length > 1 ? net.columns[1].x - net.columns[0].x : net.width;
    const buttons = Array.from(state.units.querySelectorAll("button"));
    if (buttons.length > 0 && buttons[0].offsetWidth > gap - 2) {
      const narrow = Math.max(40, Math.floor(gap) - 2);
      if (narrow < buttons[0].offsetWidth) buttons.forEach(b => { b.style.minWidth = narrow + "px"; });
    }
    Array.from(state.units.children).forEach((group, k) => {
      const x = net.columns[k + 1].x;
      group.style.left = Math.round(Math.max(0, Math.min(net.width - group.offsetWidth, x - group.offsetWidth / 2)))
        + "px";
    });
  }

  // Shows what an edit did (or why not); a change restarts the run, and the page's fields and link follow it.
  function edit(result) {
    const lines = Array.from(result);
    const changed = lines.shift() === "changed";
    if (changed) restarted(lines); else say(lines, true);
    return changed;
  }

  // After one or more edits were kept: the page's fields, the link and the Train view follow the new run.
  function restarted(lines) {
    BackpropLab.syncFields();
    BackpropLab.updateLink();
    const train = BackpropLab.views.train;
    if (train && train.reload) train.reload();
    lines.push("The run restarted at epoch 0.");
    say(lines, false);
  }

  function say(lines, refused) {
    state.message.replaceChildren(...lines.map(text => {
      const span = document.createElement("span");
      span.textContent = text;
      return span;
    }));
    state.message.classList.toggle("refused", refused);
  }

  // The activation menu of unit (l, j), beside it: one item per activation, the current one checked. Arrow keys
  // move, Enter or a click chooses, Escape closes it and gives the focus back to the diagram.
  function openMenu(l, j) {
    closePopup(false);
    const net = state.net;
    const view = state.view;
    const current = net.acts[l][j];
    const output = l === net.sizes.length - 1;
    const box = document.createElement("div");
    box.className = "diagram-popup";
    const heading = document.createElement("p");
    heading.id = "diagram-menu-title";
    heading.textContent = "Activation of " + view.unitLabel(l, j);
    const menu = document.createElement("div");
    menu.className = "diagram-menu";
    menu.setAttribute("role", "menu");
    menu.setAttribute("aria-labelledby", heading.id);
    for (const id of view.activationChoices()) {
      const item = document.createElement("button");
      item.type = "button";
      item.setAttribute("role", "menuitemradio");
      item.setAttribute("aria-checked", id === current ? "true" : "false");
      item.tabIndex = id === current ? 0 : -1;
      item.dataset.id = id;
      item.textContent = view.activationName(id);
      item.addEventListener("click", () => {
        closePopup(true);
        if (id !== current) edit(view.setActivation(l, j, id));
      });
      menu.append(item);
    }
    menu.addEventListener("keydown", event => {
      const items = Array.from(menu.children);
      const at = items.indexOf(document.activeElement);
      let next = -1;
      if (event.key === "ArrowDown" || event.key === "ArrowRight") next = (at + 1) % items.length;
      else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = (at - 1 + items.length) % items.length;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = items.length - 1;
      else if (event.key === "Escape" || event.key === "Tab") { closePopup(true); }
      else return;
      event.preventDefault();
      event.stopPropagation();
      if (next >= 0) items[next].focus();
    });
    box.append(heading, menu);
    if (output && net.sizes[l] > 1) {
      const note = document.createElement("p");
      note.className = "diagram-popup-note";
      note.textContent = "Every output unit shares the output activation.";
      box.append(note);
    }
    showPopup(box, l, j);
    (menu.querySelector("[aria-checked=true]") || menu.firstChild).focus();
  }

  // Beside neuron (l, j), inside the stage as far as it goes.
  function showPopup(box, l, j) {
    const net = state.net;
    state.canvas.parentElement.append(box);
    state.popup = box;
    const x = net.columns[l].xs[j];
    const y = net.columns[l].ys[j];
    const right = x + net.radius + 8;
    const left = right + box.offsetWidth <= net.width ? right : Math.max(0, x - net.radius - 8 - box.offsetWidth);
    box.style.left = Math.round(left) + "px";
    box.style.top = Math.round(Math.max(0, Math.min(state.height - box.offsetHeight, y - 16))) + "px";
  }

  function closePopup(refocus) {
    if (!state.popup) return;
    state.popup.remove();
    state.popup = null;
    if (refocus) state.canvas.focus();
  }

  // Before the first epoch, a box at the weight to type its initial value; later, a line saying when it can be.
  function openWeightBox(e, p) {
    closePopup(false);
    const view = state.view;
    if (!view.canTypeWeights()) {
      say(["Initial weights can be typed before the first epoch: press Reset, then click the weight."], true);
      return;
    }
    const box = document.createElement("div");
    box.className = "diagram-popup diagram-weight";
    const label = document.createElement("label");
    const what = Array.from(view.edgeText(e.l, e.i, e.j))[1];
    const caption = document.createElement("span");
    caption.textContent = (e.i === 0 ? "Initial bias, " : "Initial weight, ") + what;
    const input = document.createElement("input");
    input.type = "text";
    input.inputMode = "decimal";
    input.spellcheck = false;
    input.value = view.weightText(e.l, e.i, e.j);
    label.append(caption, input);
    box.append(label);
    input.addEventListener("keydown", event => {
      event.stopPropagation(); // the page's own keys (Space plays, R resets) must not fire while typing
      if (event.key === "Escape") { event.preventDefault(); closePopup(true); }
      if (event.key === "Enter") {
        event.preventDefault();
        const text = input.value;
        closePopup(true);
        edit(view.setWeight(e.l, e.i, e.j, text));
      }
    });
    state.canvas.parentElement.append(box);
    state.popup = box;
    box.style.left = Math.round(Math.max(0, Math.min(state.net.width - box.offsetWidth, p.x - box.offsetWidth / 2)))
      + "px";
    box.style.top = Math.round(Math.max(0, Math.min(state.height - box.offsetHeight, p.y + 10))) + "px";
    input.focus();
    input.select();
  }

  // ---- input features: every one listed with its picture; a click or Enter switches it on or off ---------------

  const FEATURE_RES = 24; // the thumbnail's grid: 576 values, computed once per dataset

  function buildFeatures() {
    const list = document.createElement("div");
    list.className = "diagram-features";
    list.setAttribute("role", "group");
    list.setAttribute("aria-label", "Input features");
    const heading = document.createElement("span");
    heading.className = "diagram-features-title";
    heading.setAttribute("aria-hidden", "true");
    heading.textContent = "inputs";
    list.append(heading);
    for (const id of state.view.featureIds()) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "diagram-feature";
      button.dataset.feature = id;
      const picture = document.createElement("canvas");
      picture.width = picture.height = FEATURE_RES;
      picture.setAttribute("aria-hidden", "true");
      const symbol = document.createElement("span");
      symbol.className = "diagram-feature-symbol";
      symbol.textContent = state.view.featureSymbol(id);
      const name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = state.view.featureName(id);
      button.title = "Click to switch this input feature on or off";
      button.append(picture, symbol, name);
      button.addEventListener("click", () => edit(state.view.toggleFeature(id)));
      list.append(button);
    }
    return list;
  }

  // On one screen the list has the diagram's height: one column if all seven fit in it, else two abreast. Decided from
  // the height a column would need, which the choice doesn't change, so it never flips back and forth.
  const ONE_SCREEN = window.matchMedia("(min-width: 900px) and (min-height: 480px)");
  function fitFeatures() {
    const list = state.features;
    const button = list.querySelector("button");
    if (list.hidden || !button) return;
    const need = list.children.length * (button.offsetHeight + 2); // the title counted as a button: it may hide
    const two = ONE_SCREEN.matches && list.clientHeight + 1 < need;
    if (two !== list.classList.contains("two")) list.classList.toggle("two", two);
  }

  // On ones pressed, off ones dimmed; thumbnails redrawn when the data's plane changes. Hidden for data that are
  // not a plane (a curve, majority of 3), whose inputs are taken as they are.
  function updateFeatures() {
    const view = state.view;
    const list = state.features;
    list.hidden = !view.featuresApply();
    if (list.hidden) return;
    for (const button of list.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", view.featureOn(button.dataset.feature) ? "true" : "false");
    }

    const key = Array.from(state.lab.bounds()).join();
    if (key === state.featureKey) return;
    state.featureKey = key;
    for (const button of list.querySelectorAll("button")) {
      const values = view.featureMap(button.dataset.feature, FEATURE_RES);
      const picture = button.querySelector("canvas");
      const ctx = picture.getContext("2d");
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
      const image = ctx.createImageData(FEATURE_RES, FEATURE_RES);
      for (let k = 0; k < values.length; k++) {
        const c = mix([230, 159, 0], [0, 114, 178], hi > lo ? (values[k] - lo) / (hi - lo) : 0.5);
        image.data.set([c[0], c[1], c[2], 255], 4 * k);
      }
      ctx.putImageData(image, 0, 0);
    }
  }

  // From the keyboard (W on a unit in focus), before the first epoch: a box beside unit (l, j) with its incoming
  // weights, the bias first, one labelled field each. Enter keeps every field changed, each as a click on its line
  // and a typed value would (the same edit, so the same link); Escape closes it and gives the focus back.
  function openIncomingWeights(l, j) {
    closePopup(false);
    const view = state.view;
    if (l === 0) {
      say(["An input has no incoming weights: press W on a unit of a later layer."], true);
      return;
    }
    if (!view.canTypeWeights()) {
      say(["Initial weights can be typed before the first epoch: press Reset, then W on the unit."], true);
      return;
    }
    const box = document.createElement("div");
    box.className = "diagram-popup diagram-weight diagram-weights";
    box.setAttribute("role", "group");
    const heading = document.createElement("p");
    heading.id = "diagram-weights-title";
    heading.textContent = "Initial weights into " + view.unitLabel(l, j);
    box.setAttribute("aria-labelledby", heading.id);
    const list = document.createElement("div");
    list.className = "diagram-weight-list";
    const inputs = [];
    for (let i = 0; i <= state.net.sizes[l - 1]; i++) {
      const label = document.createElement("label");
      const caption = document.createElement("span");
      caption.textContent = i === 0 ? "bias" : "from " + view.unitLabel(l - 1, i - 1);
      const input = document.createElement("input");
      input.type = "text";
      input.inputMode = "decimal";
      input.spellcheck = false;
      input.value = view.weightText(l, i, j);
      input.dataset.row = String(i);
      input.dataset.was = input.value;
      label.append(caption, input);
      list.append(label);
      inputs.push(input);
    }
    const hint = document.createElement("p");
    hint.className = "diagram-popup-note";
    hint.textContent = "Enter keeps the values typed; Escape closes.";
    box.append(heading, list, hint);
    box.addEventListener("keydown", event => {
      if (event.target.tagName !== "INPUT") return;
      event.stopPropagation(); // the page's own keys (Space plays, R resets) must not fire while typing
      if (event.key === "Escape") { event.preventDefault(); closePopup(true); }
      if (event.key === "Enter") {
        event.preventDefault();
        const typed = inputs.filter(input => input.value.trim() !== input.dataset.was)
          .map(input => ({ i: Number(input.dataset.row), text: input.value }));
        closePopup(true);
        typeWeights(l, j, typed);
      }
    });
    showPopup(box, l, j);
    inputs[0].focus();
    inputs[0].select();
  }

  // Each typed value as its own edit, in order, until one is refused (what was kept before it stays).
  function typeWeights(l, j, typed) {
    const lines = [];
    let kept = 0;
    for (const t of typed) {
      const result = Array.from(state.view.setWeight(l, t.i, j, t.text));
      const changed = result.shift() === "changed";
      lines.push(...result);
      if (!changed) {
        if (kept > 0) { restarted(lines); state.message.classList.add("refused"); } else say(lines, true);
        return;
      }
      kept++;
    }
    if (kept > 0) restarted(lines);
  }

  // ---- the selected neuron's activation map ----------------------------------------------------------------

  function clearMap(text) {
    const ctx = state.map.getContext("2d");
    ctx.clearRect(0, 0, state.map.width, state.map.height);
    state.mapCaption.textContent = text;
  }

  function drawMap() {
    const view = state.view;
    const sel = state.selected;
    if (!sel) return;
    if (!view.canMap()) {
      clearMap("Activation maps need data with one or two inputs.");
      return;
    }
    const values = view.neuronMap(sel.l, sel.j, MAP_RES);
    state.mapCaption.textContent = view.mapCaption();
    const ctx = state.map.getContext("2d");
    const size = state.map.width;
    ctx.clearRect(0, 0, size, size);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    const span = hi - lo;
    const shade = v => (span > 0 && Number.isFinite(v) ? (v - lo) / span : 0.5);
    if (values.length === MAP_RES * MAP_RES) {
      const image = ctx.createImageData(MAP_RES, MAP_RES);
      for (let k = 0; k < values.length; k++) {
        const c = mix([230, 159, 0], [0, 114, 178], shade(values[k]));
        image.data.set([c[0], c[1], c[2], 255], 4 * k);
      }
      const off = document.createElement("canvas");
      off.width = off.height = MAP_RES;
      off.getContext("2d").putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(off, 0, 0, size, size);
      drawPoints(ctx, size);
    } else {
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, size, size);
      ctx.strokeStyle = "#d5d5da";
      ctx.strokeRect(0.5, 0.5, size - 1, size - 1);
      ctx.beginPath();
      values.forEach((v, c) => {
        const px = ((c + 0.5) / values.length) * size;
        const py = size - 8 - shade(v) * (size - 16);
        if (c === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py);
      });
      ctx.strokeStyle = POSITIVE;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }

  // The training points on top of the map, small, in their class colours.
  function drawPoints(ctx, size) {
    if (!state.lab.classification()) return;
    const [x0, x1, y0, y1] = state.lab.bounds();
    const pts = state.lab.points();
    for (let i = 0; i < pts.length; i += 3) {
      ctx.beginPath();
      ctx.arc((pts[i] - x0) / (x1 - x0) * size, (y1 - pts[i + 1]) / (y1 - y0) * size, 3, 0, 2 * Math.PI);
      ctx.fillStyle = pts[i + 2] >= 0.5 ? POSITIVE : NEGATIVE;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#fff";
      ctx.stroke();
    }
  }

  // Orange at 0, white at 0.5, blue at 1: the same scale as the decision boundary.
  function mix(a, b, t) {
    const white = [255, 255, 255];
    if (t < 0.5) return a.map((v, i) => v + (white[i] - v) * (t * 2));
    return white.map((v, i) => v + (b[i] - v) * ((t - 0.5) * 2));
  }

  // ---- every unit's picture (issue 27) --------------------------------------------------------------------

  // Where unit (l, j) of layer l ≥ 1 sits in the atlas (set by paintPictures: drawn units only).
  function pictureIndex(l, j) {
    return state.net.atlasRows[l][j];
  }

  // The picture of every hidden and output unit the diagram draws, from one engine pass handed over in one typed
  // array, coloured on each unit's scale into one image: PICTURE_RES wide, one picture under the other.
  function paintPictures(sizes) {
    const view = state.view;
    const net = state.net;
    const values = view.pictures(PICTURE_RES); // the inputs first, then layer by layer: m values a unit
    const scales = view.pictureScales();       // (orange, blue) per unit, in the same order
    net.legend = Array.from(view.pictureLegend());
    const m = PICTURE_RES * PICTURE_RES;
    net.atlasRows = [null];
    let units = 0;
    for (let l = 1; l < sizes.length; l++) {
      const rows = {};
      for (const j of net.columns[l].shown) rows[j] = units++;
      net.atlasRows.push(rows);
    }
    if (!state.atlas) state.atlas = document.createElement("canvas");
    const atlas = state.atlas;
    if (atlas.width !== PICTURE_RES || atlas.height !== PICTURE_RES * units) {
      atlas.width = PICTURE_RES;
      atlas.height = PICTURE_RES * units;
    }
    const actx = atlas.getContext("2d");
    const image = actx.createImageData(PICTURE_RES, PICTURE_RES * units);
    const data = image.data;
    const colour = BackpropLab.unitColourInto;
    for (let l = 1, first = sizes[0]; l < sizes.length; first += sizes[l], l++) {
      for (const j of net.columns[l].shown) {
        const u = first + j;
        const lo = scales[2 * u];
        const hi = scales[2 * u + 1];
        for (let p = u * m, end = p + m, k = 4 * m * net.atlasRows[l][j]; p < end; p++, k += 4) {
          colour(data, k, values[p], lo, hi);
        }
      }
    }
    actx.putImageData(image, 0, 0);
  }

  // Under each column whose colour scale is not the output panel's [0, 1]: a small bar, orange to white to blue,
  // and the values at its ends ("±1" for tanh, "±2.31" for a ReLU layer: its largest value over the plane).
  function drawLegend(ctx) {
    const net = state.net;
    const legend = net.legend || [];
    const size = font(10);
    const bar = 2.4 * size;
    const height = Math.round(size * 0.7);
    ctx.save();
    ctx.font = size + "px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    ctx.textAlign = "left";
    const gradient = [0, 0.5, 1].map(t => "rgb(" + BackpropLab.unitColour(t, 0, 1).slice(0, 3) + ")");
    legend.forEach((text, l) => {
      if (!text) return;
      const width = bar + 3 + ctx.measureText(text).width;
      const x = Math.round(Math.max(2, Math.min(net.width - width - 2, net.columns[l].x - width / 2)));
      const y = Math.round(net.legendY);
      const fill = ctx.createLinearGradient(x, 0, x + bar, 0);
      gradient.forEach((c, k) => fill.addColorStop(k / 2, c));
      ctx.fillStyle = fill;
      ctx.fillRect(x, y - height / 2, bar, height);
      ctx.strokeStyle = "#8a8a8a";
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y - height / 2 + 0.5, bar - 1, height - 1);
      ctx.fillStyle = BackpropLab.projector() ? "#000" : "#5b5b60";
      ctx.fillText(text, x + bar + 3, y + 1);
    });
    ctx.restore();
  }

  // The output panel shows unit {l, j} (or the network's output, for null): it is told only when that changes.
  function showUnit(unit) {
    const next = unit && state.net && state.net.pictures ? { l: unit.l, j: unit.j } : null;
    const same = next === state.shown || (next && state.shown && next.l === state.shown.l && next.j === state.shown.j);
    if (same) return;
    state.shown = next;
    const train = BackpropLab.views.train;
    if (train && train.unitShown) train.unitShown();
  }

  // For tests and the curious: where a neuron is drawn, in CSS pixels from the canvas's top left corner.
  BackpropLab.diagram = {
    neuronCentre(l, j) {
      const net = state.net;
      return net && net.columns[l].ys[j] !== undefined ? { x: net.columns[l].xs[j], y: net.columns[l].ys[j] } : null;
    },
    // The box around every drawn neuron, +1 node and "⋯", and the canvas's own size (CSS pixels).
    drawnBox() {
      const net = state.net;
      if (!net) return null;
      const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity, width: net.width,
        height: state.height, units: 0, more: 0 };
      const add = (x, y, w, h) => {
        box.left = Math.min(box.left, x - w); box.right = Math.max(box.right, x + w);
        box.top = Math.min(box.top, y - h); box.bottom = Math.max(box.bottom, y + h);
      };
      net.columns.forEach(c => {
        c.shown.forEach(j => { add(c.xs[j], c.ys[j], net.radius, net.radius); box.units++; });
        if (c.more) { add(c.x, c.more.y, c.more.w / 2, c.more.h / 2); box.more++; }
      });
      net.bias.slice(0, -1).forEach(b => add(b.x, b.y, 13 * net.biasScale, 10 * net.biasScale));
      return box;
    },
    // the square a unit's picture fills, in CSS pixels from the canvas's top left corner (null without pictures)
    pictureBox(l, j) {
      const net = state.net;
      if (!net || !net.pictures || l === 0) return null;
      return { x: net.columns[l].xs[j] - net.radius, y: net.columns[l].ys[j] - net.radius, size: 2 * net.radius,
        res: PICTURE_RES };
    },
    // the unit the output panel shows, or null while it shows the network's output
    shownUnit() { return state.shown; },
    // for the benchmark: what a redraw costs (ms, smoothed), and the same page without pictures beside it
    drawCost() { return state.drawCost; },
    setPictures(on) { state.picturesOn = on; state.drawnVersion = -1; },
  };

  BackpropLab.register("diagram", { init });
})();
