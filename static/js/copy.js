// Copy buttons: shown only when JavaScript runs; the link is already on the page as text.
(function () {
  "use strict";

  function copy(button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) return;
    var text = field.value || field.textContent;
    var status = button.closest("section") && button.closest("section").querySelector(".copy-status");
    var done = function () { if (status) status.textContent = button.getAttribute("data-copied"); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { field.select(); });
    } else {
      field.select();
      try { if (document.execCommand("copy")) done(); } catch (e) { /* the text stays selected */ }
    }
  }

  function init(root) {
    root.querySelectorAll("[data-copy-target]").forEach(function (button) {
      if (button.dataset.copyReady) return;
      button.dataset.copyReady = "1";
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  }

  init(document);
  document.addEventListener("htmx:load", function (event) { init(event.detail.elt); });
})();
