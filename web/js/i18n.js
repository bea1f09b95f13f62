// Translation of the page: English is the source language and the key. Every text node and the aria-label,
// title, placeholder and label attributes are looked up in the dictionary when the language changes, and nodes
// added later (views build tables and messages on the fly) are translated as they appear. Messages from the engine
// carry numbers and names, so the dictionary also holds templates: "{label}: must be from {min} to {max}".
// Text drawn on a canvas (charts, diagrams) escapes all this: views ask BackpropI18n.t themselves and redraw when
// BackpropLab.onLanguage tells them to.
"use strict";
(function () {
  const DICTIONARY = { "zh-TW": {} };   // filled by i18n-zh.js
  const originals = new WeakMap();      // text node or element -> { text | attrs } in English
  const written = new WeakMap();        // what we last wrote, so our own mutations are not re-translated
  const ATTRIBUTES = ["aria-label", "title", "placeholder", "label"];
  const PUNCTUATION = { "zh-TW": { colon: "：", semicolon: "；" } };
  // In a key, {#name} stands for a number ("{#n} epochs"), {name} for text within one message (no line break,
  // no "; " between messages), {*name} for anything (a list of messages).
  const NUMBER = "([-−+]?(?:[0-9][0-9.,]*(?:e[-+]?[0-9]+)?|∞)|NaN)"; // Numbers writes ∞, -∞ and NaN
  const PART = "((?:(?!; )[^\\n])*?)";
  let lang = "en";
  let templates = null;

  // Templates: "{label}: must be from {#min} to {#max}"; the most specific (most fixed text) first, so that "{label}: must be from {min} to {max}" is tried
  // before anything looser.
  function compileTemplates() {
    templates = [];
    for (const [key, value] of Object.entries(DICTIONARY[lang] || {})) {
      if (!/\{[#*]?\w+\}/.test(key)) continue;
      const names = [];
      const escape = text => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
      let pattern = "";
      let last = 0;
      for (const m of key.matchAll(/\{([#*]?)(\w+)\}/g)) {
        names.push(m[2]);
        pattern += escape(key.slice(last, m.index)) + (m[1] === "#" ? NUMBER : m[1] === "*" ? "(.*?)" : PART);
        last = m.index + m[0].length;
      }
      pattern += escape(key.slice(last));
      const fixed = key.replace(/\{[#*]?\w+\}/g, "").length;
      templates.push({ regex: new RegExp("^" + pattern + "$", "s"), names, value, fixed });
    }
    templates.sort((a, b) => b.fixed - a.fixed);
  }

  function has(dict, key) {
    return Object.prototype.hasOwnProperty.call(dict, key);
  }

  // The text in the current language: an exact entry, else a template (whose parts are translated too), else
  // line by line, else "Label: message" with a known label, else part by part between "; ". What matches nothing
  // stays as it is (numbers, formulas, identifiers).
  function t(english) {
    if (lang === "en" || english == null) return english;
    const trimmed = String(english).trim();
    if (!/[A-Za-z]{2}/.test(trimmed)) return english; // nothing to translate: numbers, symbols, CJK
    const out = translate(trimmed);
    return out === trimmed ? english : String(english).replace(trimmed, () => out);
  }

  function translate(text) {
    const dict = DICTIONARY[lang] || {};
    if (has(dict, text)) return dict[text];
    const flat = text.replace(/\s+/g, " "); // markup wraps long sentences over several indented lines
    if (flat !== text && !text.includes("\n\n") && has(dict, flat)) return dict[flat];
    if (!templates) compileTemplates();
    for (const tpl of templates) {
      const m = tpl.regex.exec(text);
      if (!m) continue;
      let out = tpl.value;
      tpl.names.forEach((name, i) => { out = out.split("{" + name + "}").join(t(m[i + 1])); });
      return out;
    }
    return pieces(text, dict);
  }

  // A text no entry covers whole: engine messages are often lines, "Label: message", or parts joined by " · "
  // or "; ". Each piece is translated; the joints become the language's punctuation.
  function pieces(text, dict) {
    const marks = PUNCTUATION[lang] || { colon: ": ", semicolon: "; " };
    if (text.includes("\n")) return text.split("\n").map(line => t(line)).join("\n");
    const changed = (parts, done) => done.some((p, i) => p !== parts[i]);
    if (text.includes(" · ")) {
      const parts = text.split(" · ");
      const done = parts.map(p => t(p));
      if (changed(parts, done)) return done.join(" · ");
    }
    const colon = text.indexOf(": ");
    if (colon > 0) {
      const head = text.slice(0, colon);
      const rest = text.slice(colon + 2);
      if (has(dict, head)) return dict[head] + marks.colon + t(rest);
      // "sigmoid: σ(s) = …": a name, then something to translate
      if (/^[\w.′⁽⁾()-]+$/.test(head) && t(rest) !== rest) return head + ": " + t(rest);
    }
    if (text.includes("; ")) {
      const parts = text.split("; ");
      const done = parts.map(p => t(p));
      if (changed(parts, done)) return done.join(marks.semicolon);
    }
    return text;
  }

  // Options that show their own value (ids such as "sigmoid" or "xor_easy") are names, not words; a chooser marked
  // data-i18n-options holds words that are also its values ("validation", "test": what its script reads).
  function skip(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!el || el.closest("script, style, pre, code, [data-no-i18n], input, textarea") !== null) return true;
    return el.tagName === "OPTION" && node.nodeType === Node.TEXT_NODE && el.value === node.data.trim()
      && el.closest("[data-i18n-options]") === null;
  }

  // force: the language changed, so even text we wrote ourselves is redone from its English original.
  function translateText(node, force) {
    if (skip(node)) return;
    let english = node.data;
    if (written.has(node) && written.get(node) === node.data) {
      if (!force) return;
      english = originals.get(node);
    }
    originals.set(node, english);
    const out = t(english);
    written.set(node, out);
    if (node.data !== out) node.data = out;
  }

  function translateElement(el) {
    if (el.closest("script, style, [data-no-i18n]")) return;
    let saved = originals.get(el);
    if (!saved) { saved = {}; originals.set(el, saved); }
    for (const attr of ATTRIBUTES) {
      if (!el.hasAttribute(attr)) continue;
      const now = el.getAttribute(attr);
      const mine = written.get(el) && written.get(el)[attr];
      if (now !== mine || saved[attr] === undefined) saved[attr] = now;  // the page changed it since: new English
      const out = t(saved[attr]);
      written.set(el, Object.assign(written.get(el) || {}, { [attr]: out }));
      if (now !== out) el.setAttribute(attr, out);
    }
  }

  function translateTree(root, force) {
    if (root.nodeType === Node.TEXT_NODE) { translateText(root, force); return; }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    translateElement(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) translateText(n, force); else translateElement(n);
    }
  }

  // Returns whether the language changed. parts: the parts of the page to translate now, the whole page by default
  // (the page's start translates its parts each in a task of its own, through translate).
  function setLanguage(next, parts) {
    const chosen = DICTIONARY[next] || next === "en" ? next : "en";
    const changed = chosen !== lang;
    lang = chosen;
    templates = null;
    document.documentElement.lang = lang;
    for (const part of parts || [document.body]) translateTree(part, true);
    document.title = t("Backprop Lab");
    return changed;
  }

  const observer = new MutationObserver(records => {
    if (lang === "en") return;
    for (const r of records) {
      if (r.type === "characterData") translateText(r.target);
      else if (r.type === "attributes") translateElement(r.target);
      else r.addedNodes.forEach(n => translateTree(n, false));
    }
  });

  document.addEventListener("DOMContentLoaded", () => {
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ATTRIBUTES });
  });

  window.BackpropI18n = { t, setLanguage, translate: part => translateTree(part, true), dictionary: DICTIONARY,
    language: () => lang };
})();
