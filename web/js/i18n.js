// Translation of the page: English is the source language and the key. Every text node and the aria-label,
// title and placeholder attributes are looked up in the dictionary when the language changes, and nodes added
// later (views build tables and messages on the fly) are translated as they appear. Messages from the engine
// carry numbers and names, so the dictionary also holds templates: "{label}: must be from {min} to {max}".
"use strict";
(function () {
  const DICTIONARY = { "zh-TW": {} };   // filled by i18n-zh.js
  const originals = new WeakMap();      // text node or element -> { text | attrs } in English
  const written = new WeakMap();        // what we last wrote, so our own mutations are not re-translated
  const ATTRIBUTES = ["aria-label", "title", "placeholder"];
  let lang = "en";
  let templates = null;

  function compileTemplates() {
    templates = [];
    for (const [key, value] of Object.entries(DICTIONARY[lang] || {})) {
      if (!key.includes("{")) continue;
      const names = [];
      const pattern = key.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_, name) => {
        names.push(name);
        return "(.+?)";
      });
      templates.push({ regex: new RegExp("^" + pattern + "$", "s"), names, value });
    }
  }

  // The text in the current language: exact entries first, then templates (whose parts are translated too).
  function t(english) {
    if (lang === "en" || english == null) return english;
    const dict = DICTIONARY[lang] || {};
    // keys are single-spaced: markup wraps long sentences over several indented lines
    const trimmed = english.replace(/\s+/g, " ").trim();
    if (!trimmed) return english;
    const keep = text => english.match(/^\s*/)[0] + text + english.match(/\s*$/)[0];
    if (Object.prototype.hasOwnProperty.call(dict, trimmed)) return keep(dict[trimmed]);
    if (!templates) compileTemplates();
    for (const tpl of templates) {
      const m = tpl.regex.exec(trimmed);
      if (!m) continue;
      let out = tpl.value;
      tpl.names.forEach((name, i) => { out = out.split("{" + name + "}").join(t(m[i + 1])); });
      return keep(out);
    }
    return english;
  }

  function skip(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return !el || el.closest("script, style, pre, code, [data-no-i18n], input, textarea, select[data-key] option") !== null;
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
      if (now !== mine) saved[attr] = now;  // the page changed it since: that's the new English
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

  function setLanguage(next) {
    lang = DICTIONARY[next] || next === "en" ? next : "en";
    templates = null;
    document.documentElement.lang = lang;
    translateTree(document.body, true);
    document.title = t("Backprop Lab");
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

  window.BackpropI18n = { t, setLanguage, dictionary: DICTIONARY, language: () => lang };
})();
