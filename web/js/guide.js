// The first-visit guide: four callouts over the Train view (the data, the network, the output, Play), shown until
// "Got it" is pressed, which is remembered in localStorage. Where storage is blocked it shows once per page load.
// Not in projector mode (the class watches the plots) and only on the Train view. It moves nothing: the callouts
// float above the page, placed from their targets' boxes (positions through element.style: the CSP forbids inline
// styles in markup, not style properties).
"use strict";
(function () {
  const KEY = "backprop-lab.guide";
  let dismissedThisLoad = false;
  const CALLOUTS = [
    { target: "#dataset-chooser", down: 150, text: "1 · Data: pick a dataset. Each dot is a point to learn, coloured by its class." },
    { target: "#diagram-figure", text: "2 · Network: its layers and weights, blue positive and orange negative. "
      + "+ and − change it; click a unit for its activation." },
    { target: ".output.plots", text: "3 · Output: what the network answers over the whole plane. Watch the boundary "
      + "form as it learns." },
    { target: "#play", text: "4 · Press Play (or Space) to train; Step trains one epoch.", below: true },
  ];

  function seen() {
    try { return dismissedThisLoad || window.localStorage.getItem(KEY) === "seen"; } catch (e) { return dismissedThisLoad; }
  }

  function remember() {
    dismissedThisLoad = true;
    try { window.localStorage.setItem(KEY, "seen"); } catch (e) { /* blocked: shown again on the next load */ }
  }

  let guide = null;

  function build() {
    guide = document.createElement("aside");
    guide.id = "guide";
    guide.className = "guide";
    guide.setAttribute("aria-label", "First steps");
    for (const c of CALLOUTS) {
      const p = document.createElement("p");
      p.className = "guide-callout" + (c.below ? " below" : "");
      p.textContent = c.text;
      guide.append(p);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.id = "guide-close";
    close.textContent = "Got it";
    close.addEventListener("click", () => { remember(); update(); });
    guide.lastElementChild.append(" ", close);
    document.body.append(guide);
  }

  function place() {
    CALLOUTS.forEach((c, i) => {
      const box = guide.children[i];
      const target = document.querySelector(c.target);
      const r = target ? target.getBoundingClientRect() : null;
      box.hidden = !r || r.width === 0;
      if (box.hidden) return;
      const width = Math.min(260, Math.max(180, r.width - 16));
      box.style.width = width + "px";
      box.style.left = Math.max(4, Math.min(window.innerWidth - width - 8, r.left + 8)) + window.scrollX + "px";
      // below Play; over the others, lower in the data column, so that it stays clear of Play's
      const top = c.below ? r.bottom + 10 : r.top + (c.down || 36);
      box.style.top = Math.max(4, Math.min(top, window.innerHeight - box.offsetHeight - 8)) + window.scrollY + "px";
    });
  }

  function update() {
    const show = !seen() && BackpropLab.current === "train" && !document.documentElement.classList.contains("projector");
    if (!show) { if (guide) guide.hidden = true; return; }
    if (!guide) build();
    guide.hidden = false;
    place();
  }

  BackpropLab.ready.then(() => { // never, when the engine did not start: the page says so
    update();
    const watch = new MutationObserver(update);
    watch.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    watch.observe(document.getElementById("view-train"), { attributes: true, attributeFilter: ["hidden"] });
    window.addEventListener("resize", () => { if (guide && !guide.hidden) place(); });
  });
  BackpropLab.guide = { update, key: KEY }; // for tests
})();
