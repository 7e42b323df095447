/* Questionnaire enhancements (progressive: every page works without this file).
   - Offers only the other official language's tests for the second language.
   - When the test (or its date) changes, the new score fields never replace the boxes the person is
     typing in: the boxes stay, take the new test's hints and limits, keep what is typed now (not what
     was typed when the request left), and clear, with a note, only a score the new test cannot give.
   - Leaving a step whose panel counts answers not saved yet asks first. */
(function () {
  "use strict";
  function changed(element) {
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function syncSecondLanguage() {
    var first = document.querySelector("select[name='first_test']");
    var second = document.querySelector("select[name='second_test']");
    if (!first || !second) { return; }
    var chosen = first.options[first.selectedIndex];
    var language = chosen ? chosen.getAttribute("data-language") : null;
    var cleared = false;
    Array.prototype.forEach.call(second.options, function (option) {
      var optionLanguage = option.getAttribute("data-language");
      var same = Boolean(language && optionLanguage && optionLanguage === language);
      option.hidden = same;
      option.disabled = same;
      if (same && option.selected) { second.value = ""; cleared = true; }
    });
    if (cleared) { changed(second); }  /* its score fields follow, and the panel */
  }

  /* Does a typed score fit the scale the server described on the box (data-score-*)? */
  function fits(box, text) {
    if (box.getAttribute("data-score-scale") === "none") { return false; }
    if (!box.hasAttribute("data-score-min")) { return true; }  /* range unknown (TEF Canada without a date) */
    var value = text.replace(",", ".");
    if (value.toUpperCase() === "M") { return box.hasAttribute("data-score-m"); }
    if (!/^\d+(\.\d+)?$/.test(value)) { return false; }
    var number = Number(value);
    var step = Number(box.getAttribute("data-score-step"));
    return number >= Number(box.getAttribute("data-score-min")) &&
      number <= Number(box.getAttribute("data-score-max")) &&
      Math.abs(number / step - Math.round(number / step)) < 1e-9;
  }

  function labelOf(cell) {
    var label = cell.querySelector("label");
    return label ? label.textContent.trim() : "";
  }

  /* Bring the fresh cell's hints, limits and (absent) errors onto the kept box's cell. */
  function refreshCell(oldCell, freshCell, oldBox, freshBox) {
    Array.prototype.slice.call(oldBox.attributes).forEach(function (attribute) {
      if (attribute.name.indexOf("data-score-") === 0) { oldBox.removeAttribute(attribute.name); }
    });
    Array.prototype.forEach.call(freshBox.attributes, function (attribute) {
      if (attribute.name.indexOf("data-score-") === 0 || attribute.name === "aria-describedby") {
        oldBox.setAttribute(attribute.name, attribute.value);
      }
    });
    if (!freshBox.hasAttribute("aria-describedby")) { oldBox.removeAttribute("aria-describedby"); }
    oldBox.removeAttribute("aria-invalid");
    oldBox.classList.remove("is-invalid");
    Array.prototype.forEach.call(oldCell.querySelectorAll(".invalid-feedback, .form-text"), function (node) {
      node.parentNode.removeChild(node);
    });
    Array.prototype.forEach.call(freshCell.querySelectorAll(".invalid-feedback, .form-text"), function (node) {
      oldBox.parentNode.appendChild(node);
    });
  }

  function mergeScores(target, fresh) {
    var cleared = [];
    Array.prototype.forEach.call(fresh.querySelectorAll(".wizard-field--score"), function (freshCell) {
      var freshBox = freshCell.querySelector("input, select");
      var oldBox = freshBox && target.querySelector("[name='" + freshBox.name + "']");
      var oldCell = oldBox && oldBox.closest(".wizard-field--score");
      if (!oldCell) { target.appendChild(freshCell); return; }
      var typed = oldBox.value.trim();
      if (oldBox.tagName === freshBox.tagName) {
        refreshCell(oldCell, freshCell, oldBox, freshBox);
        if (typed && oldBox.tagName === "INPUT" && !fits(oldBox, typed)) {
          oldBox.value = "";
          cleared.push(labelOf(oldCell) + " (" + typed + ")");
        }
      } else {
        /* A score box becomes a list of levels or back: what was typed meant something else. */
        freshBox.value = "";
        oldCell.parentNode.replaceChild(freshCell, oldCell);
        if (typed) { cleared.push(labelOf(freshCell) + " (" + typed + ")"); }
      }
    });
    var note = target.querySelector(".score-fields__cleared");
    var freshNote = fresh.querySelector(".score-fields__cleared");
    if (note && freshNote) {
      note.textContent = cleared.length ? freshNote.getAttribute("data-lead") + " " + cleared.join(", ") + "." : "";
      note.hidden = !cleared.length;
    }
    var form = target.closest("form");
    if (form) { changed(form); }  /* the panel scores the boxes as they are now */
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.classList || !target.classList.contains("score-fields")) { return; }
    if (!event.detail.xhr || event.detail.xhr.status !== 200) { return; }
    var holder = document.createElement("template");
    holder.innerHTML = event.detail.serverResponse;
    var fresh = holder.content.querySelector(".score-fields");
    if (!fresh) { return; }
    event.detail.shouldSwap = false;
    mergeScores(target, fresh);
  });

  /* Unsaved answers: the panel says so (data-unsaved); leaving without saving asks first. */
  var submitting = false;
  document.addEventListener("submit", function () { submitting = true; });
  document.addEventListener("click", function (event) {  /* a link that says "without saving" */
    if (event.target && event.target.closest && event.target.closest("[data-discard]")) { submitting = true; }
  });
  window.addEventListener("beforeunload", function (event) {
    if (submitting || !document.querySelector("#score-panel [data-unsaved]")) { return; }
    event.preventDefault();
    event.returnValue = "";
  });

  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "first_test") { syncSecondLanguage(); }
  });
  document.addEventListener("DOMContentLoaded", syncSecondLanguage);
})();
