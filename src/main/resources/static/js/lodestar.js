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

// A file input with data-max-bytes refuses a larger file as soon as it is chosen, with the server's own
// words (data-too-large): nothing is uploaded only to be refused. The server checks the size all the same.
(function () {
  "use strict";

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) {
      return;
    }
    var max = Number(input.dataset.maxBytes);
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
    if (tooLarge) {
      input.reportValidity();
    }
  });
})();

// Every ECharts chart on any page: one swapped away by htmx lets go of its instance (or each check-in or
// measurement would leave one behind), and all of them follow the window's size. ECharts marks the element it
// draws in with _echarts_instance_, so no page needs to say which of its elements hold charts.
(function () {
  "use strict";

  document.addEventListener("htmx:beforeCleanupElement", function (event) {
    var chart = window.echarts && echarts.getInstanceByDom(event.target);
    if (chart) {
      chart.dispose();
    }
  });

  window.addEventListener("resize", function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll("[_echarts_instance_]").forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
})();

// A facilitator's timer on a co-creation board counts down to its end (data-ends-at, an ISO instant) every second,
// and says the server's own words (data-time-up) when it rings. The board is swapped by htmx as it changes, so
// the timer is looked up afresh at every tick rather than kept.
(function () {
  "use strict";

  function pad(number) {
    return number < 10 ? "0" + number : String(number);
  }

  window.setInterval(function () {
    document.querySelectorAll("[data-ends-at]").forEach(function (timer) {
      var countdown = timer.querySelector(".countdown");
      var left = Math.round((Date.parse(timer.dataset.endsAt) - Date.now()) / 1000);
      if (!countdown || isNaN(left)) {
        return;
      }
      timer.classList.toggle("rang", left <= 0);
      countdown.textContent = left <= 0 ? timer.dataset.timeUp : pad(Math.floor(left / 60)) + ":" + pad(left % 60);
    });
  }, 1000);
})();

// A live part keeps the forms someone is working in across refreshes (hx-preserve on a <details>). A closed one is
// nothing anyone is working in: before a swap it loses its id, so htmx cannot match it and the fresh one, with the
// current words and version, takes its place.
(function () {
  "use strict";

  document.addEventListener("htmx:beforeSwap", function (event) {
    event.detail.target.querySelectorAll("details[hx-preserve]:not([open])").forEach(function (closed) {
      closed.removeAttribute("id");
    });
  });
})();
