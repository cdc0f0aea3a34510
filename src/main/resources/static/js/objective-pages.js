// The objective page and its forms: key result charts drawn from the data the server sends, field states kept in
// step with the messages swapped in while typing, and forms that submit once. Without it everything still works.
(function () {
  "use strict";

  // 1, 2, 2.5 or 5 times a power of ten: ticks people can read at a glance.
  function niceStep(raw) {
    if (!(raw > 0)) {
      return 1;
    }
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var nice = [1, 2, 2.5, 5, 10].find(function (factor) { return factor * power >= raw; });
    return nice * power;
  }

  function drawChart(element) {
    if (!window.echarts || echarts.getInstanceByDom(element)) {
      return;
    }
    var data = JSON.parse(element.getAttribute("data-chart"));
    var labels = data.labels;
    var values = data.points.map(function (point) { return [point[0], point[1]]; });
    var confidences = data.points.map(function (point) { return [point[0], point[2]]; });
    var valueAxis = { type: "value", name: labels.value };
    if (!data.milestone) {
      // From start to target at least, so the line shows how far it has come and how far it has to go.
      var bounds = values.map(function (point) { return Number(point[1]); })
        .concat([data.start, data.target].filter(function (bound) { return bound !== null; }).map(Number));
      var low = Math.min.apply(null, bounds);
      var high = Math.max.apply(null, bounds);
      var step = niceStep((high - low) / 5);
      valueAxis.min = Math.floor(low / step) * step;
      valueAxis.max = Math.max(Math.ceil(high / step) * step, valueAxis.min + step);
      valueAxis.interval = step;
    } else {
      valueAxis.min = 0;
      valueAxis.max = 1;
      valueAxis.interval = 1;
      valueAxis.axisLabel = { formatter: function (value) { return value >= 1 ? labels.done : labels.notDone; } };
    }
    var valueSeries = {
      name: labels.value, type: "line", data: values, step: data.milestone ? "end" : false,
      symbolSize: 7, lineStyle: { width: 3, color: "#1f5fae" }, itemStyle: { color: "#1f5fae" }
    };
    if (!data.milestone && data.target !== null) {
      valueSeries.markLine = {
        symbol: "none", silent: true, lineStyle: { color: "#1d6b3a", type: "solid" },
        label: { formatter: labels.target + " {c}", position: "insideStartTop" },
        data: [{ yAxis: data.target }]
      };
    }
    var chart = echarts.init(element, null, { renderer: "svg", locale: data.locale });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 56, right: 48, top: 48, bottom: 32, containLabel: false },
      legend: { top: 0, itemGap: 24, data: [labels.value, labels.confidence] },
      tooltip: { trigger: "axis" },
      xAxis: { type: "time", splitNumber: element.clientWidth < 500 ? 3 : 6, axisLabel: { hideOverlap: true } },
      yAxis: [valueAxis, { type: "value", name: labels.confidence, min: 0, max: 10, interval: 2, splitLine: { show: false } }],
      series: [valueSeries, {
        name: labels.confidence, type: "line", yAxisIndex: 1, data: confidences, symbolSize: 5,
        lineStyle: { type: "dashed", color: "#8a5a00" }, itemStyle: { color: "#8a5a00" }
      }]
    });
  }

  function drawCharts(root) {
    root.querySelectorAll(".chart[data-chart]").forEach(drawChart);
    if (root.matches && root.matches(".chart[data-chart]")) {
      drawChart(root);
    }
  }

  if (window.htmx) {
    htmx.onLoad(drawCharts);
  }

  // Messages swapped in while typing: the field they describe says whether it is invalid, for screen readers too.
  document.addEventListener("htmx:oobAfterSwap", function (event) {
    var target = event.detail.target;
    if (!target || !target.classList || !target.classList.contains("field-error") || !target.id) {
      return;
    }
    var invalid = target.textContent.trim() !== "";
    document.querySelectorAll("[aria-describedby~='" + target.id + "']").forEach(function (field) {
      if (field.matches("input, select, textarea")) {
        field.setAttribute("aria-invalid", invalid ? "true" : "false");
      }
    });
  });

  // A second click while the first submit is on its way sends nothing more.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-submit-once")) {
      return;
    }
    if (form.getAttribute("data-submitted") === "true") {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-submitted", "true");
  });

  // Coming back with the browser's back button shows the form as it was left: it may be sent again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitted]").forEach(function (form) {
      form.removeAttribute("data-submitted");
    });
  });
})();

// A reminder's link (?check-in=<key result id>) opens that key result's check-in form at once, as its button would.
(function () {
  "use strict";

  function openAskedCheckIn() {
    var asked = new URLSearchParams(window.location.search).get("check-in");
    if (!asked || !/^[0-9]+$/.test(asked)) {
      return;
    }
    var button = document.querySelector("[hx-get='/key-results/" + asked + "/check-in']");
    if (button) {
      button.click();
      button.scrollIntoView({ block: "center" });
    }
  }

  // after htmx has taken the page's buttons in hand
  if (document.readyState === "complete") {
    openAskedCheckIn();
  }
  else {
    window.addEventListener("load", openAskedCheckIn);
  }
})();
