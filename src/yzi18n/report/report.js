"use strict";
// Filters of the yzi18n HTML report: by language and by severity. Without scripts every
// finding stays visible; the filter bar appears only when this runs.
(function () {
  const nav = document.querySelector("nav.filters");
  const state = { language: "", severity: "" };
  function apply() {
    let shown = 0;
    const cards = document.querySelectorAll("#findings article.finding");
    cards.forEach(function (card) {
      const visible = (!state.language || card.dataset.language === state.language) &&
        (!state.severity || card.dataset.severity === state.severity);
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll("#findings section.check").forEach(function (group) {
      const visible = group.querySelectorAll("article.finding:not([hidden])").length;
      group.hidden = visible === 0;
      const count = group.querySelector(".count");
      if (count) count.textContent = String(visible);
    });
    const label = nav && nav.querySelector(".shown");
    if (label) label.textContent = shown + " of " + cards.length + " findings shown";
  }
  if (nav) {
    nav.hidden = false;
    nav.addEventListener("click", function (event) {
      const button = event.target.closest("button");
      if (!button) return;
      const key = "filterLanguage" in button.dataset ? "language" : "severity";
      state[key] = button.dataset[key === "language" ? "filterLanguage" : "filterSeverity"];
      button.parentElement.querySelectorAll("button").forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === button));
      });
      apply();
    });
    apply();
  }
  document.documentElement.dataset.ready = "1";
})();
