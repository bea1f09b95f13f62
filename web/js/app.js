// The page shell: creates the engine's Lab (engine.js, compiled from Java by TeaVM), keeps the link in the
// address bar in step with the experiment, switches views and binds controls. Views live in their own files
// and register here; all maths and number formatting stay in Java.
"use strict";

const BackpropLab = {
  lab: null,
  views: {},      // id -> { init(), show(), hide(), reload() } registered by each view's script
  current: null,
};
window.backpropLab = BackpropLab; // for tests and the curious

function $(id) { return document.getElementById(id); }

// Views call this at load: BackpropLab.register("worksheet", { init, show, hide, reload }).
BackpropLab.register = function (id, view) { BackpropLab.views[id] = view; };

function boot() {
  const lab = BackpropLab.lab = newLab();
  showNotices(lab.loadLink(location.hash));
  for (const select of document.querySelectorAll("select[data-key]")) fillChoices(select);
  for (const el of document.querySelectorAll("[data-key]")) bindField(el);
  for (const tab of document.querySelectorAll("[role=tab][data-view]")) {
    tab.addEventListener("click", () => selectView(tab.dataset.view, true));
  }
  for (const view of Object.values(BackpropLab.views)) view.init && view.init(lab);
  syncFields();
  window.addEventListener("hashchange", () => {
    if (location.hash.slice(1) === lab.link()) return;
    showNotices(lab.loadLink(location.hash));
    syncFields();
    applyPageSettings();
    reloadViews();
  });
  bindPageTools();
  applyPageSettings();
  selectView(lab.get("view"), false);
  reloadViews();
}

// Language, projector mode, fullscreen and the keyboard: page-wide, whatever the view.
function bindPageTools() {
  $("projector").addEventListener("click", () => setProjector(BackpropLab.lab.get("proj") !== "on", true));
  $("fullscreen").addEventListener("click", () => {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
  });
  $("help").addEventListener("click", () => toggleHelp(true));
  $("help-close").addEventListener("click", () => toggleHelp(false));
  $("help-overlay").addEventListener("click", e => { if (e.target === $("help-overlay")) toggleHelp(false); });
  document.addEventListener("keydown", onKey);
}

function applyPageSettings() {
  BackpropI18n.setLanguage(BackpropLab.lab.get("lang"));
  setProjector(BackpropLab.lab.get("proj") === "on", false);
}

// Projector mode: CSS does type and contrast; charts get thicker lines and larger labels here.
function setProjector(on, remember) {
  if (remember) {
    BackpropLab.lab.set("proj", on ? "on" : "off");
    updateLink();
  }
  document.documentElement.classList.toggle("projector", on);
  $("projector").setAttribute("aria-pressed", on ? "true" : "false");
  if (window.Chart) {
    Chart.defaults.font.size = on ? 18 : 12;
    Chart.defaults.color = on ? "#000" : "#666";
    for (const chart of Object.values(Chart.instances)) {
      for (const ds of chart.data.datasets) {
        if (ds.baseBorderWidth === undefined) ds.baseBorderWidth = ds.borderWidth || 2;
        ds.borderWidth = on ? ds.baseBorderWidth * 2 : ds.baseBorderWidth;
      }
      chart.update("none");
    }
  }
  window.dispatchEvent(new Event("resize")); // views redraw their canvases at the new scale
}
// Canvas drawings of the views (boundary, diagram, perceptron plane) get thicker lines and larger labels in
// projector mode without each view knowing: lineWidth and font sizes set on a 2-D context are scaled here.
// Chart.js canvases are left alone (their datasets are widened in setProjector).
(function scaleCanvasDrawingsInProjectorMode() {
  const proto = CanvasRenderingContext2D.prototype;
  const width = Object.getOwnPropertyDescriptor(proto, "lineWidth");
  const font = Object.getOwnPropertyDescriptor(proto, "font");
  const scaled = ctx => document.documentElement.classList.contains("projector")
    && !(window.Chart && Chart.getChart(ctx.canvas));
  Object.defineProperty(proto, "lineWidth", {
    get() { return width.get.call(this); },
    set(v) { width.set.call(this, scaled(this) ? v * 2 : v); },
  });
  Object.defineProperty(proto, "font", {
    get() { return font.get.call(this); },
    set(v) { font.set.call(this, scaled(this) ? String(v).replace(/(\d+(?:\.\d+)?)px/, (_, n) => n * 1.5 + "px") : v); },
  });
})();

BackpropLab.lineWidth = base => (document.documentElement.classList.contains("projector") ? 2 : 1) * (base || 2);

function toggleHelp(show) {
  const overlay = $("help-overlay");
  overlay.hidden = !show;
  if (show) $("help-close").focus(); else $("help").focus();
}

// Shortcuts act on the visible view (each view may offer keys: {" ": fn, ArrowRight: fn, r: fn}); typing in a
// field is never intercepted.
function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "Escape" && !$("help-overlay").hidden) { toggleHelp(false); e.preventDefault(); return; }
  const target = e.target;
  if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
  if (e.key === "?") { toggleHelp($("help-overlay").hidden); e.preventDefault(); return; }
  if (!$("help-overlay").hidden) return;
  if (e.key === "p" || e.key === "P") { setProjector(BackpropLab.lab.get("proj") !== "on", true); return; }
  const view = BackpropLab.views[BackpropLab.current];
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (view && view.keys && view.keys[key]) {
    if (target.tagName === "BUTTON" && key === " ") return; // Space on a focused button presses that button
    e.preventDefault();
    view.keys[key]();
  }
}

// Choices show their ids (the names used in links and the course), except languages, shown in themselves.
const CHOICE_NAMES = { en: "English", "zh-TW": "繁體中文" };
function fillChoices(select) {
  if (select.options.length > 0) return;
  const named = select.dataset.key === "lang";
  for (const id of BackpropLab.lab.choices(select.dataset.key)) select.add(new Option(named ? CHOICE_NAMES[id] : id, id));
}

// Binds a control with data-key to the experiment field of that key: typed text goes to the engine, which
// validates it; a problem shows under the control and the previous value stays in force.
function bindField(el) {
  const event = el.tagName === "SELECT" || el.type === "checkbox" ? "change" : "change";
  el.addEventListener(event, () => {
    const problem = BackpropLab.lab.set(el.dataset.key, el.value);
    markField(el, problem);
    if (problem) return;
    updateLink();
    if (el.dataset.key === "lang" || el.dataset.key === "proj") applyPageSettings();
    const owner = el.closest(".view");
    const view = owner && BackpropLab.views[owner.id.replace("view-", "")];
    if (view && view.changed) view.changed(el.dataset.key);
  });
}
BackpropLab.bindField = bindField;

function syncFields() {
  for (const el of document.querySelectorAll("[data-key]")) {
    el.value = BackpropLab.lab.get(el.dataset.key);
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
  history.replaceState(null, "", "#" + BackpropLab.lab.link());
}
BackpropLab.updateLink = updateLink;

function showNotices(notices) {
  const box = $("notices");
  box.replaceChildren(...Array.from(notices, text => {
    const p = document.createElement("p");
    p.textContent = text;
    return p;
  }));
  box.hidden = notices.length === 0;
}
BackpropLab.showNotices = showNotices;

function selectView(id, remember) {
  if (!BackpropLab.views[id]) id = "train";
  for (const tab of document.querySelectorAll("[role=tab][data-view]")) {
    const on = tab.dataset.view === id;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $("view-" + tab.dataset.view).hidden = !on;
  }
  const previous = BackpropLab.current;
  if (previous && previous !== id && BackpropLab.views[previous].hide) BackpropLab.views[previous].hide();
  BackpropLab.current = id;
  if (remember) {
    BackpropLab.lab.set("view", id);
    updateLink();
  }
  if (BackpropLab.views[id].show) BackpropLab.views[id].show();
}
BackpropLab.selectView = selectView;

function reloadViews() {
  for (const view of Object.values(BackpropLab.views)) view.reload && view.reload();
  selectView(BackpropLab.lab.get("view"), false);
}

document.addEventListener("DOMContentLoaded", boot);
