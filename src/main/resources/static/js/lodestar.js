// Small behaviours the pages share. Everything works without it; it only makes things calmer.
(function () {
  "use strict";

  // htmx swaps 422 answers too: they carry a form with messages next to its fields.
  document.addEventListener("DOMContentLoaded", function () {
    if (window.htmx) {
      htmx.config.responseHandling = [
        { code: "204", swap: false },
        { code: "[23]..", swap: true },
        { code: "422", swap: true },
        { code: "[45]..", swap: false, error: true }
      ];
    }
  });

  // A select marked data-autosubmit submits its form when chosen, so a picker needs no extra button
  // (the button stays for keyboards and screen readers without scripts).
  document.addEventListener("change", function (event) {
    var select = event.target.closest("select[data-autosubmit]");
    if (select && select.form) {
      select.form.requestSubmit();
    }
  });
})();
