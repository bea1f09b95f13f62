// Runs before the page is first drawn (not deferred): projector mode and the folded settings panel, read from the
// link, are set on <html> at once, so the layout does not jump when the engine starts and confirms them (app.js
// and train.js set the same classes from the checked experiment state).
"use strict";
(function () {
  const link = "&" + location.hash.slice(1) + "&";
  const projector = link.includes("&proj=on&");
  const settings = link.includes("&settings=folded&") ? "folded" : link.includes("&settings=open&") ? "open" : "auto";
  const root = document.documentElement;
  if (projector) root.classList.add("projector");
  // the loading line's language, before the translation arrives with the engine (which sets lang itself)
  if (link.includes("&lang=zh-TW&")) { root.lang = "zh-TW"; root.classList.add("early-zh"); }
  // Until app.js has started the engine the controls are inert and a line says that it is loading. When the page
  // has loaded (every script run or failed) and the engine has not started, that line says so.
  window.addEventListener("load", () => {
    if (!root.classList.contains("engine-loaded")) root.classList.add("load-failed"); // app.js marks its start
  });
  if (settings === "folded" || (settings === "auto" && projector)) root.classList.add("settings-folded");
})();
