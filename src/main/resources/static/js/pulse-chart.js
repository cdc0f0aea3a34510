// The pulse beside OKR health: one line per need over the cycles, 1 to 5, a gap where a cycle has not enough answers
// to be shown. The fragment arrives by htmx, so it is drawn on load and after every swap. Every word comes from
// data-pulse-chart; the table beside it says the same.
(function () {
  "use strict";

  function draw(element) {
    if (!window.echarts || echarts.getInstanceByDom(element)) {
      return;
    }
    var data = JSON.parse(element.getAttribute("data-pulse-chart"));
    var chart = echarts.init(element, null, { renderer: "svg", locale: data.locale });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 48, right: 24, top: 48, bottom: 32 },
      legend: { top: 0, data: data.series.map(function (need) { return need.name; }) },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: data.cycles },
      yAxis: { type: "value", name: data.axis, min: 1, max: 5, interval: 1 },
      series: data.series.map(function (need) {
        return { name: need.name, type: "line", data: need.means, connectNulls: false, symbolSize: 8 };
      })
    });
  }

  function drawAll() {
    document.querySelectorAll("[data-pulse-chart]").forEach(draw);
  }

  document.addEventListener("htmx:afterSettle", drawAll);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
