// The page shell: creates the engine's Lab (engine.js, compiled from Java by TeaVM), keeps the link in the
// address bar in step with the experiment, switches views and binds controls. Views live in their own files
// and register here; all maths and number formatting stay in Java.
"use strict";
performance.mark("start: scripts loaded"); // engine.js and the translations have been run (start-up benchmark)

const BackpropLab = {
  lab: null,      // the engine's Lab, published when the shown view is drawn (the page is ready)
  views: {},      // id -> { init(), show(), hide(), reload() } registered by each view's script
  current: null,
};
window.backpropLab = BackpropLab; // for tests and the curious

// The Lab while the page starts and after: BackpropLab.lab appears only once the page is ready, so that a test
// (or a script) that finds it finds every control bound and the shown view drawn.
let engineLab = null;

// Ready: <html data-ready="train"> (the view shown first) and this promise, resolved with the Lab.
let pageReady;
BackpropLab.ready = new Promise(resolve => { pageReady = resolve; });

function $(id) { return document.getElementById(id); }

// Views call this at load: BackpropLab.register("worksheet", { init, show, hide, reload, changed }). A view starts
// (init, then reload) when it is first shown, so reload, changed and hide do nothing before: it reads the
// experiment as it is then. Parts of a view that register on their own (the diagram) start with their view.
const started = new Set();
const PART_OF = { diagram: "train" };
BackpropLab.register = function (id, view) {
  for (const name of ["reload", "changed", "hide"]) {
    const own = view[name];
    if (own) view[name] = (...args) => (started.has(id) ? own.apply(view, args) : undefined);
  }
  BackpropLab.views[id] = view;
};

// Starts a view and its parts if not yet started (hidden, as every view was started until they started lazily).
function startView(id) {
  for (const [name, fn] of startingSteps(id)) timed(name, fn);
}

// The steps that start a view and its parts, one by one: a view's own parts ([[name, fn(lab)], …], where it splits
// its start into tasks) or its init and its first drawing (reload). Charts and canvases made by them are then drawn in
// the page's current language and projector mode: the listeners the view added while it started are called once.
function* startingSteps(id) {
  for (const each of [id].concat(Object.keys(PART_OF).filter(part => PART_OF[part] === id))) {
    const view = BackpropLab.views[each];
    if (!view || started.has(each)) continue;
    started.add(each);
    const before = { language: listeners.language.length, projector: listeners.projector.length,
      charts: new Set(window.Chart ? Object.keys(Chart.instances) : []) };
    // between init and the first drawing, the controls init made show their fields' values (a view that lists its
    // parts syncs them itself); the first drawing may then mark problems beside them
    const section = $("view-" + each);
    const sync = section ? [["its fields", () => syncFields(section)]] : [];
    for (const [name, fn] of view.parts || [["init", view.init]].concat(sync, [["first drawing", view.reload]])) {
      yield [each + ": " + name, () => fn && fn(engineLab)];
    }
    // charts made with the projector's defaults still need its thicker lines
    if (projectorOn && window.Chart) {
      for (const [key, chart] of Object.entries(Chart.instances)) {
        if (!before.charts.has(key)) yield [each + ": a chart for the projector", () => styleChart(chart)];
      }
    }
    if (BackpropI18n.language() !== "en") {
      for (const fn of listeners.language.slice(before.language)) yield [each + ": redrawn in the language", () => call(fn)];
    }
    if (projectorOn) {
      for (const fn of listeners.projector.slice(before.projector)) yield [each + ": redrawn for the projector", () => call(fn)];
    }
  }
}

// Start-up phases as performance measures ("start: …"), which the start-up benchmark reports.
function timed(name, fn) {
  const at = performance.now();
  try { return fn(); } finally { performance.measure("start: " + name, { start: at }); }
}

// A task ends here and the browser may paint and answer input before the next part of the start-up: after the next
// frame (or a tenth of a second, where frames don't come, as in a background tab).
function nextTask() {
  return new Promise(resolve => {
    let done = false;
    const go = () => { if (!done) { done = true; setTimeout(resolve, 0); } };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

// Start-up in parts, each a task of its own, so that none keeps the page from painting for long (under 200 ms each
// at 4× CPU throttling: StartupBenchmarkPageTest): the Lab; the link and the page's controls; the fields' values; the
// language (the page translated part by part) and projector mode; then the Train view and the view the link shows,
// part by part, and the top bar's tools. The other views start when first shown.
async function boot() {
  if (typeof newLab !== "function") return; // engine.js did not load: early.js says so when the page has loaded
  document.documentElement.classList.add("engine-loaded"); // starting: early.js must not call it a failure
  // The deferred scripts (engine.js is 0.8 MB) are parsed and run in the task that ends here: the engine's first Lab,
  // itself up to 180 ms at 4× throttling, in one more
  await nextTask();
  const lab = engineLab = timed("engine", () => newLab());
  await nextTask();
  timed("link", () => showNotices(lab.loadLink(location.hash)));
  timed("controls", () => {
    for (const select of document.querySelectorAll("select[data-key]")) fillChoices(select);
    for (const el of document.querySelectorAll("[data-key]")) bindField(el);
    for (const tab of document.querySelectorAll("[role=tab][data-view]")) {
      tab.addEventListener("click", () => selectView(tab.dataset.view, true));
    }
    bindPageTools();
  });
  await nextTask();
  timed("fields", syncFields);
  // the language, its translation of the page part by part (the top bar, each view, the help), and projector mode
  timed("language", () => BackpropI18n.setLanguage(lab.get("lang"), []));
  if (BackpropI18n.language() !== "en") {
    const parts = Array.from(document.body.children)
      .flatMap(el => (el.tagName === "MAIN" ? Array.from(el.children) : [el]));
    for (const part of parts) {
      await nextTask();
      timed("translation of " + (part.id || part.className || part.tagName.toLowerCase()), () => BackpropI18n.translate(part));
    }
  }
  timed("projector mode", () => setProjector(lab.get("proj") === "on", false));
  await nextTask();
  // The Train view, which makes the link's run (the other views read it), and the view the link shows, if another,
  // their parts each in a task of their own.
  const first = shownViewId(lab.get("view"));
  for (const id of ["train", first]) {
    for (const [name, fn] of startingSteps(id)) {
      timed(name, fn);
      await nextTask();
    }
  }
  // The top bar's tools (presets, share) in the task that shows the page started, in which the loading line gives
  // way to the intro (or, in projector mode, to nothing): together, so that the top bar does not jump.
  for (const id of Object.keys(BackpropLab.views).filter(id => !isTabView(id) && !PART_OF[id])) {
    for (const [name, fn] of startingSteps(id)) timed(name, fn);
  }
  window.addEventListener("hashchange", () => {
    if (location.hash.slice(1) === lab.link()) return;
    showNotices(lab.loadLink(location.hash));
    syncFields();
    applyPageSettings();
    reloadViews();
  });
  timed("show", () => selectView(lab.get("view"), false));
  timed("unlock", () => {
    for (const el of document.querySelectorAll("[data-until-ready]")) el.removeAttribute("inert");
    document.documentElement.classList.add("booted");
    document.documentElement.dataset.ready = BackpropLab.current;
    BackpropLab.lab = lab;
  });
  performance.mark("start: ready");
  pageReady(lab);
  setTimeout(() => performance.mark("start: after ready"), 0);
}

function isTabView(id) { return !!document.querySelector("[role=tab][data-view='" + id + "']"); }
function shownViewId(id) { return BackpropLab.views[id] && isTabView(id) ? id : "train"; }

// Language, projector mode, fullscreen and the keyboard: page-wide, whatever the view.
function bindPageTools() {
  $("projector").addEventListener("click", () => setProjector(engineLab.get("proj") !== "on", true));
  $("fullscreen").addEventListener("click", toggleFullscreen);
  document.addEventListener("fullscreenchange", () => {
    const on = !!document.fullscreenElement;
    $("fullscreen").setAttribute("aria-pressed", on ? "true" : "false");
    $("fullscreen").setAttribute("aria-label", on ? "Leave fullscreen" : "Fullscreen");
    $("fullscreen").title = on ? "Leave fullscreen" : "Fullscreen";
  });
  // On a phone the share tools and the projector button fold away behind "⋯".
  $("more-tools").addEventListener("click", () => {
    const open = document.querySelector(".topbar").classList.toggle("tools-open");
    $("more-tools").setAttribute("aria-expanded", open ? "true" : "false");
  });
  $("skip-to-run").addEventListener("click", e => {
    e.preventDefault(); // the link's #fragment holds the experiment: never navigate
    const target = runControl();
    if (target) target.focus();
  });
  $("help").addEventListener("click", () => toggleHelp(true));
  $("help-close").addEventListener("click", () => toggleHelp(false));
  $("help-overlay").addEventListener("click", e => { if (e.target === $("help-overlay")) toggleHelp(false); });
  document.addEventListener("keydown", onKey);
}

// Where "Skip to the run controls" goes: the shown view's main button (Play, Step, Run), else its first control.
function runControl() {
  const view = document.querySelector(".view:not([hidden])");
  if (!view) return null;
  const shown = el => !el.disabled && !el.closest("[hidden]") && el.getClientRects().length > 0;
  const controls = Array.from(view.querySelectorAll("button.primary, button, input, select, textarea, summary"));
  return controls.find(el => el.matches("button.primary") && shown(el)) || controls.find(shown) || null;
}

function toggleFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen();
  else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});
}

// Views that draw text or lines on canvases (which the page's CSS and translation can't reach) register here
// and redraw: BackpropLab.onLanguage(fn) after a language switch, BackpropLab.onProjector(fn) after a toggle.
const listeners = { language: [], projector: [] };
BackpropLab.onLanguage = fn => listeners.language.push(fn);
BackpropLab.onProjector = fn => listeners.projector.push(fn);
function notify(kind) {
  for (const fn of listeners[kind]) call(fn);
}
function call(fn) {
  try { fn(); } catch (e) { console.warn("listener failed", e); }
}

function applyPageSettings() {
  if (BackpropI18n.setLanguage(engineLab.get("lang"))) notify("language");
  setProjector(engineLab.get("proj") === "on", false);
}

// Projector mode: CSS does type, contrast and the hidden chrome; charts get thicker lines, larger points and
// larger labels here, and canvas drawings redraw through BackpropLab.lineWidth and BackpropLab.textSize.
let projectorOn = false;
function setProjector(on, remember) {
  if (remember) {
    engineLab.set("proj", on ? "on" : "off");
    updateLink();
  }
  const changed = on !== projectorOn;
  projectorOn = on;
  document.documentElement.classList.toggle("projector", on);
  $("projector").setAttribute("aria-pressed", on ? "true" : "false");
  collapseNotices();
  if (window.Chart) {
    Chart.defaults.font.size = on ? 20 : 12;
    Chart.defaults.color = on ? "#000" : "#666";
    Chart.defaults.borderColor = on ? "rgba(0,0,0,0.25)" : "rgba(0,0,0,0.1)";
    for (const chart of Object.values(Chart.instances)) styleChart(chart);
  }
  if (changed) notify("projector");
}

// A chart's lines, points and scale colours for the page's mode (a chart made in projector mode gets them too).
function styleChart(chart) {
  for (const ds of chart.data.datasets) scaleDataset(ds, projectorOn);
  // a chart copies its scales' colours from the defaults when it is made: set them on the chart itself
  for (const scale of Object.values(chart.options.scales || {})) {
    if (scale.ticks) scale.ticks.color = Chart.defaults.color;
    if (scale.title) scale.title.color = Chart.defaults.color;
  }
  chart.update("none");
}

// A dataset's own widths are its base (datasets may set baseBorderWidth themselves when made in projector mode).
function scaleDataset(ds, on) {
  if (ds.baseBorderWidth === undefined) ds.baseBorderWidth = ds.borderWidth === undefined ? 2 : ds.borderWidth;
  ds.borderWidth = on ? ds.baseBorderWidth * 2 : ds.baseBorderWidth;
  if (typeof ds.pointRadius === "number") {
    if (ds.basePointRadius === undefined) ds.basePointRadius = ds.pointRadius;
    ds.pointRadius = on ? ds.basePointRadius * 1.6 : ds.basePointRadius;
  }
  if (typeof ds.pointBorderWidth === "number") {
    if (ds.basePointBorderWidth === undefined) ds.basePointBorderWidth = ds.pointBorderWidth;
    ds.pointBorderWidth = on ? ds.basePointBorderWidth * 1.6 : ds.basePointBorderWidth;
  }
}
BackpropLab.projector = () => document.documentElement.classList.contains("projector");
BackpropLab.lineWidth = base => (BackpropLab.projector() ? 2 : 1) * (base || 2);
// Canvas text in CSS pixels: 12 px becomes 20 px on a projector.
BackpropLab.textSize = base => Math.round((BackpropLab.projector() ? 5 / 3 : 1) * (base || 12));
// A ring of the given radius and width on a white halo twice as wide, so that it shows on any background.
BackpropLab.haloRing = (ctx, x, y, radius, colour, width) => {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.lineWidth = 2 * width;
  ctx.strokeStyle = "#fff";
  ctx.stroke();
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.stroke();
};

// ---- keyboard help ---------------------------------------------------------------------------------------------

let focusBeforeHelp = null;
function toggleHelp(show) {
  const overlay = $("help-overlay");
  if (show === !overlay.hidden) return;
  if (show) {
    focusBeforeHelp = document.activeElement;
    for (const keys of overlay.querySelectorAll("[data-view-keys]")) {
      keys.hidden = keys.dataset.viewKeys !== BackpropLab.current;
    }
    for (const text of overlay.querySelectorAll("[data-view-help]")) { // what the view is for, above its keys
      text.hidden = text.dataset.viewHelp !== BackpropLab.current;
    }
    overlay.hidden = false;
    $("help-close").focus();
  } else {
    overlay.hidden = true;
    const back = focusBeforeHelp && document.contains(focusBeforeHelp) && focusBeforeHelp !== document.body
      ? focusBeforeHelp : $("help");
    back.focus();
  }
}

// While the help is open, Tab and Shift+Tab go round its own controls only.
function trapFocus(e) {
  const items = Array.from($("help-overlay").querySelectorAll("button, [href], [tabindex]:not([tabindex='-1'])"))
    .filter(el => !el.disabled && el.offsetParent !== null);
  if (items.length === 0) return;
  const first = items[0], last = items[items.length - 1];
  const inside = $("help-overlay").contains(document.activeElement);
  if (e.shiftKey && (document.activeElement === first || !inside)) { last.focus(); e.preventDefault(); }
  else if (!e.shiftKey && (document.activeElement === last || !inside)) { first.focus(); e.preventDefault(); }
}

// Tabs follow the ARIA tabs pattern: arrows, Home and End move the focus along the tabs; Enter or Space (the
// button's own click) shows the focused one.
function tabKey(e) {
  const tabs = Array.from(document.querySelectorAll("[role=tab][data-view]")).filter(tab => !tab.closest("[hidden]"));
  const at = tabs.indexOf(e.target);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (to === undefined || at < 0) return false;
  const next = tabs[(to + tabs.length) % tabs.length];
  for (const tab of tabs) tab.tabIndex = tab === next ? 0 : -1;
  next.focus();
  e.preventDefault();
  return true;
}

// Shortcuts act on the visible view (each view may offer keys: {" ": fn, ArrowRight: fn, r: fn}); typing in a
// field is never intercepted.
function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const helpOpen = !$("help-overlay").hidden;
  if (helpOpen && e.key === "Tab") { trapFocus(e); return; }
  if (e.key === "Escape" && helpOpen) { toggleHelp(false); e.preventDefault(); return; }
  const target = e.target;
  if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
  if (target.getAttribute && target.getAttribute("role") === "tab" && tabKey(e)) return;
  if (e.key === "?") { toggleHelp(!helpOpen); e.preventDefault(); return; }
  if (helpOpen) return;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === "p") { setProjector(engineLab.get("proj") !== "on", true); return; }
  if (key === "f") { toggleFullscreen(); return; }
  const tabs = Array.from(document.querySelectorAll("[role=tab][data-view]")).filter(tab => !tab.closest("[hidden]"));
  if (/^[1-9]$/.test(key) && tabs[Number(key) - 1]) { selectView(tabs[Number(key) - 1].dataset.view, true); return; }
  const view = BackpropLab.views[BackpropLab.current];
  if (view && view.keys && view.keys[key]) {
    if (target.tagName === "BUTTON" && (key === " " || key === "Enter")) return; // the focused button's own press
    if (target.tagName === "A" && key === "Enter") return; // and a link's
    if (target.tagName === "SUMMARY" && key === " ") return;
    e.preventDefault();
    view.keys[key]();
  }
}

// Choices show names ("Binary cross-entropy"), translated like all text; links keep the ids (bce). Languages are
// named in themselves.
const LANGUAGE_NAMES = { en: "English", "zh-TW": "繁體中文" };
function fillChoices(select) {
  if (select.options.length > 0) return;
  const key = select.dataset.key;
  for (const id of engineLab.choices(key)) {
    select.add(new Option(key === "lang" ? LANGUAGE_NAMES[id] : engineLab.choiceName(key, id), id));
  }
}

// Binds a control with data-key to the experiment field of that key: typed text goes to the engine, which
// validates it; a problem shows under the control and the previous value stays in force.
function bindField(el) {
  el.addEventListener("change", () => {
    const problem = engineLab.set(el.dataset.key, fieldText(el));
    markField(el, problem);
    if (problem) return;
    // the same field elsewhere (the dataset's pictures and its menu in the settings) shows the new value
    for (const other of document.querySelectorAll("[data-key='" + el.dataset.key + "']")) {
      if (other !== el) showField(other, engineLab.get(el.dataset.key));
    }
    updateLink();
    if (el.dataset.key === "lang" || el.dataset.key === "proj") applyPageSettings();
    const owner = el.closest(".view");
    const view = owner && BackpropLab.views[owner.id.replace("view-", "")];
    if (view && view.changed) view.changed(el.dataset.key);
  });
}
BackpropLab.bindField = bindField;

// A checkbox stands for an off/on field: its value attribute is always "on", so its state is what counts. A
// radio button stands for one choice of its field: its value is that choice, and it is checked when chosen.
function fieldText(el) {
  return el.type === "checkbox" ? (el.checked ? "on" : "off") : el.value;
}

function showField(el, text) {
  if (el.type === "checkbox") el.checked = text === "on";
  else if (el.type === "radio") el.checked = el.value === text;
  else el.value = text;
}

function syncFields(within) {
  for (const el of (within || document).querySelectorAll("[data-key]")) {
    showField(el, engineLab.get(el.dataset.key));
    markField(el, "");
  }
}
BackpropLab.syncFields = syncFields;

// Shows or clears the inline message under a control. Text only: never HTML.
function markField(el, problem) {
  const holder = el.closest("label") || el.parentElement;
  let msg = holder.querySelector(".field-error");
  if (!msg) {
    msg = document.createElement("span");
    msg.className = "field-error";
    // one id per message: a key shown in two views (the target loss) gets a numbered second id
    let id = "err-" + el.dataset.key;
    for (let n = 2; document.getElementById(id); n++) id = "err-" + el.dataset.key + "-" + n;
    msg.id = id;
    msg.setAttribute("role", "alert");
    holder.append(msg);
  }
  msg.textContent = problem;
  msg.hidden = !problem;
  el.setAttribute("aria-invalid", problem ? "true" : "false");
  if (problem) el.setAttribute("aria-describedby", msg.id); else el.removeAttribute("aria-describedby");
}
BackpropLab.markField = markField;

function updateLink() {
  history.replaceState(null, "", "#" + engineLab.link());
}
BackpropLab.updateLink = updateLink;

function showNotices(notices) {
  const box = $("notices");
  const list = Array.from(notices, text => {
    const p = document.createElement("p");
    p.textContent = text;
    return p;
  });
  if (list.length === 0) { box.replaceChildren(); box.hidden = true; return; }
  // A disclosure: open normally; on a projector it shows one line, for the lecturer to open if needed.
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = list.length === 1 ? "1 notice about this link" : list.length + " notices about this link";
  details.append(summary, ...list);
  box.replaceChildren(details);
  box.hidden = false;
  collapseNotices();
}

function collapseNotices() {
  const details = $("notices").querySelector("details");
  if (details) details.open = !projectorOn;
}
BackpropLab.showNotices = showNotices;

function selectView(id, remember) {
  id = shownViewId(id);
  startView(id);
  for (const tab of document.querySelectorAll("[role=tab][data-view]")) {
    const on = tab.dataset.view === id;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $("view-" + tab.dataset.view).hidden = !on;
  }
  revealTab(document.querySelector("[role=tab][data-view=" + id + "]"));
  const previous = BackpropLab.current;
  if (previous && previous !== id && BackpropLab.views[previous].hide) BackpropLab.views[previous].hide();
  BackpropLab.current = id;
  if (remember) {
    engineLab.set("view", id);
    updateLink();
  }
  if (BackpropLab.views[id].show) BackpropLab.views[id].show();
}
BackpropLab.selectView = selectView;

// A strip of tabs narrower than its tabs (a phone) fades out at the side where more tabs wait, so that it shows
// that it scrolls (page.css).
function markScrollable(strip) {
  const more = strip.scrollWidth - strip.clientWidth;
  strip.classList.toggle("more-left", more > 1 && strip.scrollLeft > 1);
  strip.classList.toggle("more-right", more > 1 && strip.scrollLeft < more - 1);
}
function watchScrollable() {
  const strips = document.querySelectorAll(".tabs, .plot-tabs");
  for (const strip of strips) strip.addEventListener("scroll", () => markScrollable(strip), { passive: true });
  const all = () => strips.forEach(markScrollable);
  window.addEventListener("resize", all);
  if (window.ResizeObserver) strips.forEach(strip => new ResizeObserver(all).observe(strip));
  all();
}
document.addEventListener("DOMContentLoaded", watchScrollable);

// A tab strip narrower than its tabs (a phone) scrolls to show the selected one; the page itself doesn't move.
function revealTab(tab) {
  const strip = tab && tab.parentElement;
  if (!strip || strip.scrollWidth <= strip.clientWidth) return;
  const box = strip.getBoundingClientRect();
  const own = tab.getBoundingClientRect();
  if (own.left < box.left || own.right > box.right) {
    strip.scrollLeft += own.left - box.left - (box.width - own.width) / 2;
  }
}

function reloadViews() {
  for (const view of Object.values(BackpropLab.views)) view.reload && view.reload();
  selectView(engineLab.get("view"), false);
}

// Enter in a field would submit its form and reload the page, losing the run. The Content-Security-Policy forbids
// inline handlers such as onsubmit="return false", so one listener keeps every form, present or added later, put.
document.addEventListener("submit", (event) => event.preventDefault(), true);
document.addEventListener("DOMContentLoaded", boot);
