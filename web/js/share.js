// The share tools in the top bar: Presets, Copy link, Export (history CSV, settings and weights JSON, charts
// PNG) and Import JSON; and the classroom links' hidden controls (hide=…). The engine does the work (presets,
// JSON, CSV, validation); this file only builds the controls and moves text and files around.
"use strict";
(function () {
  const tools = { lab: null, lastDownload: null };
  BackpropLab.share = tools; // for tests: loadPreset, copyLink, exportFile, importText, lastDownload

  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    e.append(...children);
    return e;
  }

  function init(lab) {
    tools.lab = lab;
    const box = $("share-tools");
    const presets = el("select", { id: "presets", title: "Open one of the course's experiments" });
    presets.setAttribute("aria-label", "Presets");
    presets.add(new Option("Presets…", ""));
    const list = lab.share().presets();
    let group = null;
    for (let i = 0; i < list.length; i += 3) {
      if (!group || group.label !== list[i]) {
        group = el("optgroup", { label: list[i] });
        presets.append(group);
      }
      const option = new Option(list[i + 1], list[i + 2]);
      const note = lab.share().presetNote(list[i + 2]);
      if (note) option.title = note;
      group.append(option);
    }
    presets.addEventListener("change", () => {
      const fragment = presets.value;
      presets.selectedIndex = 0;
      if (fragment) loadPreset(fragment);
    });

    const copy = el("button", { type: "button", id: "copy-link", textContent: "Copy link",
      title: "Copy a link that reopens this exact experiment" });
    copy.addEventListener("click", copyLink);

    const menu = el("details", { className: "menu", id: "export-menu" });
    const summary = el("summary", { textContent: "Export" });
    const items = el("div", { className: "menu-items", role: "menu" });
    for (const [kind, label] of [["csv", "History (CSV)"], ["json", "Settings and weights (JSON)"],
      ["loss-png", "Loss chart (PNG)"], ["boundary-png", "Decision boundary (PNG)"],
      ["fit-png", "Fitted curve (PNG)"], ["slope-png", "Derivative dy/dx (PNG)"]]) {
      const b = el("button", { type: "button", textContent: label });
      b.setAttribute("role", "menuitem");
      b.dataset.export = kind;
      b.addEventListener("click", () => { menu.open = false; exportFile(kind); });
      items.append(b);
    }
    menu.append(summary, items);
    // The Train view draws a decision boundary for classes, a fitted curve and its dy/dx for a curve: offer those.
    menu.addEventListener("toggle", () => {
      if (!menu.open) return;
      const classes = tools.lab.classification();
      for (const b of items.querySelectorAll("[data-export]")) {
        const kind = b.dataset.export;
        b.hidden = kind === "boundary-png" ? !classes : (kind === "fit-png" || kind === "slope-png") && classes;
      }
    });
    document.addEventListener("click", e => { if (!menu.contains(e.target)) menu.open = false; });
    menu.addEventListener("keydown", e => { if (e.key === "Escape") { menu.open = false; summary.focus(); } });

    const file = el("input", { type: "file", id: "import-file", accept: ".json,application/json", className: "visually-hidden" });
    const importLabel = el("label", { className: "button", id: "import-label", title: "Open a settings-and-weights JSON file" },
      "Import JSON", file);
    file.addEventListener("change", () => {
      const f = file.files && file.files[0];
      file.value = "";
      if (!f) return;
      f.text().then(text => importText(text, f.name), () => status("Could not read " + f.name + ".", true));
    });

    const note = el("span", { id: "fixed-note", className: "fixed-note", hidden: true,
      textContent: "Some settings are fixed by this link" });
    const said = el("span", { id: "share-status", className: "share-status" });
    said.setAttribute("role", "status");
    said.setAttribute("aria-live", "polite");
    $("preset-tools").replaceChildren(presets);
    // a projector's top bar has no room for them: in projector mode the presets sit before the experiment's name
    BackpropLab.onProjector(() => {
      const slot = BackpropLab.projector() ? $("run-presets") : $("preset-tools");
      if (presets.parentElement !== slot) slot.append(presets);
    });
    box.replaceChildren(copy, menu, importLabel, note, said);
  }

  // Opens a preset as if its link had been opened: the whole experiment is replaced.
  // A new history entry, so that Back returns to the previous experiment (app.js reloads it on hashchange).
  function loadPreset(fragment) {
    // how the page is shown (language, projector mode) stays: a lecturer changes experiment, not the room
    const kept = ["lang", "proj"].map(key => [key, tools.lab.get(key)]);
    BackpropLab.showNotices(tools.lab.loadLink(fragment));
    for (const [key, value] of kept) if (!new RegExp("[#&]" + key + "=").test("&" + fragment)) tools.lab.set(key, value);
    history.pushState(null, "", "#" + tools.lab.link());
    // a preset's note (what it shows, with its seed study's figures) leads the status line until the run restarts
    tools.lab.sayNote(tools.lab.share().presetNote(fragment));
    afterLoad();
  }
  tools.loadPreset = loadPreset;

  function afterLoad() {
    BackpropLab.syncFields();
    BackpropLab.updateLink();
    if (typeof applyPageSettings === "function") applyPageSettings(); // language and projector (app.js)
    for (const view of Object.values(BackpropLab.views)) view.reload && view.reload();
    BackpropLab.selectView(tools.lab.get("view"), false);
  }

  function shareUrl() {
    return location.href.split("#")[0] + "#" + tools.lab.link();
  }

  async function copyLink() {
    BackpropLab.updateLink();
    const url = shareUrl();
    tools.lastCopied = url;
    try {
      await navigator.clipboard.writeText(url);
      status("Link copied");
      return;
    } catch (e) {
      // no clipboard permission (some browsers, file:// pages): fall back to a selected text field
    }
    const area = el("textarea", { value: url, readOnly: true });
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    if (ok) { status("Link copied"); return; }
    // Last resort: show the link selected, for Ctrl+C.
    const field = el("input", { value: url, readOnly: true, className: "link-field" });
    field.setAttribute("aria-label", "Link to this experiment");
    $("share-status").replaceChildren("Copy this link: ", field);
    field.select();
  }
  tools.copyLink = copyLink;

  function status(text, bad) {
    const s = $("share-status");
    s.textContent = text;
    s.classList.toggle("bad", !!bad);
    clearTimeout(status.timer);
    if (!bad) status.timer = setTimeout(() => { if (s.textContent === text) s.textContent = ""; }, 4000);
  }

  function download(name, href, size, type) {
    const a = el("a", { href, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    tools.lastDownload = { name, size, type };
  }

  function downloadText(name, text, type) {
    const blob = new Blob([text], { type });
    const url = URL.createObjectURL(blob);
    download(name, url, blob.size, type);
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // A canvas on white (Chart.js leaves the background transparent) as a PNG data URL, or null if never drawn.
  function png(canvas) {
    if (!canvas || canvas.width === 0 || canvas.height === 0 || canvas.offsetParent === null) return null;
    const out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    return out.toDataURL("image/png");
  }

  // The Train view's plots: the canvas, the file name's end, and whether it is drawn for classes or for a curve.
  const PLOTS = {
    "boundary-png": { canvas: "boundary", suffix: "-boundary.png", classes: true,
      missing: "The decision boundary is drawn in the Train view, for class data." },
    "fit-png": { canvas: "fit-chart", suffix: "-fit.png", classes: false,
      missing: "The fitted curve is drawn in the Train view, for curve data." },
    "slope-png": { canvas: "slope-chart", suffix: "-dydx.png", classes: false,
      missing: "The derivative dy/dx is drawn in the Train view, for curve data." },
  };

  function exportFile(kind) {
    const share = tools.lab.share();
    const stem = share.fileStem();
    if (kind === "csv" || kind === "json") {
      const text = kind === "csv" ? share.historyCsv() : share.exportJson();
      if (!text) { status("Nothing to export: the experiment can't start (see the Train view).", true); return; }
      downloadText(stem + (kind === "csv" ? "-history.csv" : ".json"), text,
        kind === "csv" ? "text/csv" : "application/json");
      status("Exported " + tools.lastDownload.name);
      return;
    }
    const compare = BackpropLab.current === "compare";
    const plot = PLOTS[kind];
    const canvas = $(plot ? plot.canvas : compare ? "compare-chart" : "loss-chart");
    const url = plot && plot.classes !== tools.lab.classification() ? null : png(canvas);
    if (!url) {
      status(plot ? plot.missing : "Open the Train or Compare view to export its loss chart.", true);
      return;
    }
    const name = stem + (plot ? plot.suffix : compare ? "-compare.png" : "-loss.png");
    download(name, url, url.length, "image/png");
    status("Exported " + name);
  }
  tools.exportFile = exportFile;

  // Reads an exported JSON file; on any problem the message shows and the current experiment stays.
  function importText(text, name) {
    const result = tools.lab.share().importJson(text);
    if (result[0]) {
      BackpropLab.showNotices([result[0]]);
      status("Import failed; nothing was changed.", true);
      return false;
    }
    BackpropLab.showNotices(result.slice(1));
    afterLoad();
    status("Imported " + (name || "the file") + ": training continues from its weights");
    return true;
  }
  tools.importText = importText;

  // Classroom links: hide=… lists controls (or groups) the lecturer fixed; they are hidden, with a note.
  function applyHidden() {
    for (const e of document.querySelectorAll("[data-hidden-by-link]")) {
      e.hidden = false;
      delete e.dataset.hiddenByLink;
    }
    const hide = e => { e.hidden = true; e.dataset.hiddenByLink = ""; };
    const hidden = Array.from(tools.lab.share().hidden());
    for (const key of hidden) {
      if (key === "tabs") { hide(document.querySelector(".tabs")); continue; }
      if (key === "tools") { hide($("presets")); hide($("import-label")); continue; }
      const quoted = '"' + CSS.escape(key) + '"';
      for (const control of document.querySelectorAll("[data-key=" + quoted + "]")) {
        hide(control.closest("label") || control);
      }
      for (const help of document.querySelectorAll("[data-for=" + quoted + "]")) hide(help); // its hints and tools
    }
    // A group whose every setting is fixed goes altogether, with its buttons and hints.
    for (const set of document.querySelectorAll("fieldset, .data-column")) {
      const controls = Array.from(set.querySelectorAll("[data-key]"));
      if (controls.length > 0 && controls.every(c => c.closest("[data-hidden-by-link]"))) hide(set);
    }
    $("fixed-note").hidden = hidden.length === 0;
  }
  tools.applyHidden = applyHidden;

  BackpropLab.register("share-tools", {
    init,
    // another experiment was opened: what the status said is about the previous one
    reload() { $("share-status").replaceChildren(); applyHidden(); },
  });
})();
