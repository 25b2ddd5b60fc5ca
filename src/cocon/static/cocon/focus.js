// After a refused submit, move the keyboard and screen-reader focus to the error summary, so the
// member hears what went wrong and can follow its links to the fields. Also after an htmx swap
// that brings an error in. Without this script the summary is still announced (role=alert).
(function () {
  "use strict";
  var SELECTOR = "#error-summary, #form-error";
  function focusError(root) {
    var box = (root || document).querySelector(SELECTOR);
    if (!box) {
      return;
    }
    if (!box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "-1");
    }
    box.focus();
  }
  focusError(document);
  document.body.addEventListener("htmx:afterSwap", function (event) {
    focusError(event.target);
  });
})();
