// The Worksheet view: the student types a small network; Step shows one forward and backward pass with every
// number (computed and formatted in Java: lab.worksheet()), Next step continues from the updated weights, and the
// tables export as Markdown or CSV. Everything from the engine is inserted as text, never as HTML. With "Answer
// first" (wsquiz=on) each computed number is a box the student fills in; the engine marks it (ws.answer).
"use strict";
(function () {
  const FIELDS = ["wsbias", "wsw", "wsb", "wsact", "wsx", "wst", "wsloss", "wslr"];
  const HINTS = {
    row0: "A matrix per layer, a row per line, a blank line between matrices. Row 0 is the bias row: "
      + "the weights of the constant input 1.",
    separate: "A matrix per layer, a row per line, a blank line between matrices: one row per input, "
      + "no bias row (the biases go in b below).",
  };
  let lab = null;
  let ws = null;
  let statusTimer = 0;

  function init(theLab) {
    lab = theLab;
    ws = lab.worksheet();
    const preset = $("ws-preset");
    for (const id of ws.presetIds()) preset.add(new Option(ws.presetLabel(id), id));
    preset.addEventListener("change", () => applyPreset(preset.value));
    relabel(document.querySelector("select[data-key=wsbias]"), id => ws.conventionLabel(id));
    relabel(document.querySelector("select[data-key=wsloss]"), id => ws.lossLabel(id));
    $("ws-step").addEventListener("click", () => { show(ws.start()); });
    $("ws-next").addEventListener("click", () => { show(ws.next()); });
    $("ws-reset").addEventListener("click", () => { ws.reset(); render(); });
    $("ws-reveal").addEventListener("click", () => { ws.showAnswers(); render(); });
    $("ws-copy").addEventListener("click", copyMarkdown);
    $("ws-csv").addEventListener("click", downloadCsv);
    BackpropLab.onLanguage(() => { updateHints(); if (ws.active()) render(); }); // translated as they are built
  }

  function relabel(select, label) {
    for (const option of select.options) option.textContent = label(option.value);
  }

  function applyPreset(id) {
    const note = $("ws-preset-note");
    if (!id) { note.hidden = true; return; }
    const problem = ws.applyPreset(id);
    if (problem) { setStatus(problem); return; }
    note.textContent = ws.presetNote(id);
    note.hidden = false;
    syncOwnFields();
    BackpropLab.updateLink();
    refresh();
  }

  // A field of this view was accepted by the engine.
  function changed(key) {
    if (key === "wsquiz") { render(); return; } // the same step, asked or shown: the network did not change
    if (key === "wsbias") {
      const problem = ws.switchConvention();
      syncOwnFields();
      BackpropLab.updateLink();
      if (problem) showProblems([problem]);
    } else {
      $("ws-preset").value = "";
      $("ws-preset-note").hidden = true;
    }
    refresh();
  }

  function syncOwnFields() {
    for (const key of FIELDS) {
      const el = document.querySelector("#view-worksheet [data-key=" + key + "]");
      el.value = lab.get(key);
      BackpropLab.markField(el, "");
    }
  }

  // The typed network changed: a shown worksheet starts again at step 1 from it, so no table is ever stale.
  function refresh() {
    updateHints();
    if (ws.active()) {
      show(ws.start());
    } else {
      showProblems(Array.from(ws.problems()));
      render();
    }
  }

  // The lines under the choosers follow their choices: how W is written, and the chosen loss's formula (the
  // options carry the names only, as a formula would be cut off in this narrow column).
  function updateHints() {
    const convention = lab.get("wsbias");
    $("ws-w-hint").textContent = HINTS[convention] || "";
    $("ws-b-label").hidden = convention !== "separate";
    // "E = Σ|y − t| = Σ√((y − t)²)": each "= …" step is one block, so a narrow column breaks the line between
    // steps rather than inside a bracket; a step wider than the column still wraps within itself
    const steps = ws.lossFormula(lab.get("wsloss")).split(/ (?== )/);
    if (steps.length > 1) steps.splice(0, 2, steps[0] + " " + steps[1]);
    $("ws-loss-hint").replaceChildren(...steps.flatMap((step, i) => [i > 0 ? " " : "", el("span", "ws-formula-step",
      step)]));
  }

  // After start/next: "" or the problems, one per line.
  function show(problems) {
    showProblems(problems ? problems.split("\n") : []);
    render();
  }

  function showProblems(list) {
    const box = $("ws-problems");
    box.replaceChildren(...list.map(text => {
      const p = document.createElement("p");
      p.textContent = text;
      return p;
    }));
    box.hidden = list.length === 0;
  }

  function render() {
    const active = ws.active();
    $("ws-next").disabled = !active;
    $("ws-reset").disabled = !active;
    $("ws-copy").disabled = !active;
    $("ws-csv").disabled = !active;
    const out = $("ws-output");
    if (!active) {
      out.querySelectorAll(".ws-step").forEach(el => el.remove());
      out.querySelector(".ws-empty").hidden = false;
      $("ws-score").hidden = true;
      $("ws-reveal").hidden = true;
      return;
    }
    const step = JSON.parse(ws.tables());
    const quiz = step.quiz;
    $("ws-score").hidden = !quiz;
    $("ws-score").textContent = quiz ? quiz.score : "";
    $("ws-reveal").hidden = !quiz || quiz.revealed;
    out.querySelector(".ws-empty").hidden = true;
    out.querySelectorAll(".ws-step").forEach(el => el.remove());
    out.append(stepElement(step));
  }

  function stepElement(step) {
    const root = el("article", "ws-step");
    root.dataset.step = step.step;
    const head = el("header", "ws-step-head");
    head.append(el("h2", "", step.title), el("p", "ws-summary", step.summary));
    root.append(head);
    for (const w of step.warnings) root.append(el("p", "ws-warning", w));
    for (const section of step.sections) {
      const box = el("section", "ws-section ws-" + section.id);
      box.append(el("h3", "", section.title));
      const cards = el("div", "ws-cards");
      for (const table of section.tables) cards.append(tableCard(table));
      box.append(cards);
      root.append(box);
    }
    return root;
  }

  function tableCard(table) {
    const card = el("figure", "ws-card");
    card.id = "ws-" + table.id;
    const caption = el("figcaption");
    caption.append(el("h4", "", table.title));
    const formulas = el("ul", "ws-formulas");
    for (const f of table.formulas) formulas.append(formula(f));
    caption.append(formulas);
    card.append(caption);
    const scroll = el("div", "ws-scroll");
    scroll.tabIndex = 0; // a table wider than the screen scrolls with the keyboard too
    scroll.setAttribute("role", "region"); // a focusable box needs a name: the table's
    scroll.setAttribute("aria-label", table.title);
    const t = el("table", "ws-table");
    const headRow = el("tr");
    // an empty corner is a plain cell: a header with no text names nothing
    const corner = table.corner ? th("col", table.corner) : el("td", "ws-corner");
    const heads = [corner, ...table.columns.map(c => th("col", c))];
    heads.forEach((cell, i) => { cell.id = card.id + "-c" + i; });
    headRow.append(...heads);
    const thead = el("thead");
    thead.append(headRow);
    t.append(thead);
    const body = el("tbody");
    table.rows.forEach((row, r) => {
      const tr = el("tr", "ws-row-" + row.role + (row.span ? " ws-row-span" : ""));
      const label = th("row", row.label);
      label.id = card.id + "-r" + r;
      tr.append(label);
      row.cells.forEach((cell, i) => {
        const td = el("td", "ws-" + cell.k, cell.t);
        if (cell.q) td.dataset.q = cell.q;
        if ("a" in cell) td.append(...answerBox(cell, label.id + " " + card.id + "-c" + (i + 1)));
        if (cell.t.startsWith("-")) td.classList.add("ws-neg");
        if (cell.r) td.classList.add("ws-res");
        if (row.span && i === row.cells.length - 1) td.colSpan = table.columns.length - i;
        tr.append(td);
      });
      body.append(tr);
    });
    t.append(body);
    scroll.append(t);
    card.append(scroll);
    return card;
  }

  // An asked cell: a box named by its row and column headings, and the mark the engine gave, as text.
  function answerBox(cell, labelledBy) {
    const input = el("input", "ws-answer");
    input.type = "text";
    input.inputMode = "decimal";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.value = cell.a;
    input.dataset.checked = cell.a;
    input.setAttribute("aria-labelledby", labelledBy);
    const mark = el("span", "ws-mark", cell.m);
    mark.classList.toggle("ws-right", cell.m !== "" && cell.ok);
    mark.classList.toggle("ws-wrong", cell.m !== "" && !cell.ok);
    // Enter checks at once; leaving the box checks too (change fires only if the text changed since)
    input.addEventListener("keydown", e => { if (e.key === "Enter") { e.preventDefault(); check(input, cell.q); } });
    input.addEventListener("change", () => check(input, cell.q));
    return [input, mark];
  }

  // Marks the answer for one quantity; a quantity shown twice (δ above ∂E/∂W) shows the answer in both places.
  function check(input, key) {
    if (input.dataset.checked === input.value) return;
    const text = ws.answer(key, input.value);
    const right = ws.answerRight(key);
    for (const td of $("ws-output").querySelectorAll("td[data-q]")) {
      if (td.dataset.q !== key) continue;
      const box = td.querySelector(".ws-answer");
      const mark = td.querySelector(".ws-mark");
      if (!box || !mark) continue;
      box.value = input.value;
      box.dataset.checked = input.value;
      mark.textContent = text;
      mark.classList.toggle("ws-right", text !== "" && right);
      mark.classList.toggle("ws-wrong", text !== "" && !right);
    }
    $("ws-score").textContent = ws.score();
  }

  // A formula breaks between words only, never inside a term like b⁽¹⁾ⱼ (the text stays exactly the engine's,
  // or its translation: translated whole here, as the word-by-word spans can't be).
  // A formula line breaks only between its terms, never inside one ("W⁽¹⁾ᵢⱼ", "(y − t)"); Chinese has no spaces,
  // so its runs of CJK text are left free to wrap anywhere, as Chinese does.
  const CJK = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)/;
  function formula(text) {
    const li = el("li");
    li.setAttribute("data-no-i18n", "");
    BackpropI18n.t(text).split(" ").forEach((word, i) => {
      if (i > 0) li.append(" ");
      for (const part of word.split(CJK)) {
        if (CJK.test(part)) li.append(part);
        else if (part) li.append(el("span", "ws-term", part));
      }
    });
    return li;
  }

  function th(scope, text) {
    const cell = el("th", "", text);
    cell.scope = scope;
    return cell;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function copyMarkdown() {
    const text = ws.markdown();
    const done = () => setStatus("Markdown copied");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => copyWithSelection(text) ? done()
        : setStatus("Copying was blocked by the browser"));
    } else if (copyWithSelection(text)) {
      done();
    } else {
      setStatus("Copying was blocked by the browser");
    }
  }

  // For pages opened from disk or browsers without the async clipboard: select a hidden textarea and copy.
  function copyWithSelection(text) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "ws-offscreen";
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  function downloadCsv() {
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (superscripts, δ, ∂).
    const blob = new Blob(["\uFEFF" + ws.csv()], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = "worksheet-step-" + ws.stepNumber() + ".csv";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus("CSV downloaded");
  }

  function setStatus(text) {
    const status = $("ws-export-status");
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { status.textContent = ""; }, 4000);
  }

  BackpropLab.register("worksheet", {
    init,
    show() { updateHints(); },
    // A new link was loaded: its network replaces the typed one, so shown steps go.
    reload() { ws.reset(); $("ws-preset").value = ""; $("ws-preset-note").hidden = true; refresh(); },
    changed,
    // → steps (the first step, then the next one); R clears the tables
    keys: {
      ArrowRight: () => { const b = ws.active() ? $("ws-next") : $("ws-step"); if (!b.disabled) b.click(); },
      r: () => { if (!$("ws-reset").disabled) $("ws-reset").click(); },
    },
  });
})();
