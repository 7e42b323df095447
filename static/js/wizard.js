/* Questionnaire enhancements (progressive: every page works without this file).
   Offers only the other official language's tests for the second language. */
(function () {
  "use strict";
  /* The strict Content-Security-Policy forbids style attributes; htmx would copy one while settling. */
  if (window.htmx) { window.htmx.config.attributesToSettle = ["class", "width", "height"]; }
  function syncSecondLanguage() {
    var first = document.querySelector("select[name='first_test']");
    var second = document.querySelector("select[name='second_test']");
    if (!first || !second) { return; }
    var chosen = first.options[first.selectedIndex];
    var language = chosen ? chosen.getAttribute("data-language") : null;
    Array.prototype.forEach.call(second.options, function (option) {
      var optionLanguage = option.getAttribute("data-language");
      var same = Boolean(language && optionLanguage && optionLanguage === language);
      option.hidden = same;
      option.disabled = same;
      if (same && option.selected) { second.value = ""; }
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "first_test") { syncSecondLanguage(); }
  });
  document.addEventListener("DOMContentLoaded", syncSecondLanguage);
})();
