/* Occupation finder (calculator/occupations/_occupation_finder.html): with htmx, matches appear under the
   question as the person types, and "Use this occupation" fills the field in place. Without this
   script the finder is a link to the search page, which works on its own. */
(function () {
  "use strict";
  if (window.occupationFinder || !window.htmx) return;
  window.occupationFinder = true;

  function reveal() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-occupation-live]"), function (live) {
      live.hidden = false;
    });
  }

  function set(field, value) {
    if (!field) return;
    field.value = value;
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-use-occupation]");
    if (!button) return;
    var finder = button.closest("[data-occupation-finder]");
    var form = finder.closest("form") || document;
    var purpose = finder.getAttribute("data-purpose");
    var field;
    if (purpose === "teer") {
      var offer = form.querySelector('[name="has_job_offer"][value="yes"]');
      if (offer && !offer.checked) { offer.checked = true; offer.dispatchEvent(new Event("change", { bubbles: true })); }
      field = form.querySelector('[name="job_teer"]');
      set(field, button.getAttribute("data-teer"));
      var group = form.querySelector('[name="job_major_group_00"][value="' + button.getAttribute("data-major00") + '"]');
      if (group) { group.checked = true; group.dispatchEvent(new Event("change", { bubbles: true })); }
    } else {
      field = form.querySelector('[name="occupation_noc"]');
      set(field, button.getAttribute("data-code"));
    }
    var chosen = finder.querySelector("[data-occupation-chosen]");
    if (chosen) { chosen.textContent = button.getAttribute("data-label"); chosen.hidden = false; }
    var results = finder.querySelector(".occupation-results");
    if (results) results.innerHTML = "";
    if (field) field.focus();
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal);
  else reveal();
})();
