// The team readiness history: one line per condition over the team's checks by cycle, 0–100, with the READY and
// PARTLY thresholds marked. Every word and number comes from data-readiness-chart; the table beside it says the same.
(function () {
  "use strict";

  function draw(element) {
    if (!window.echarts || echarts.getInstanceByDom(element)) {
      return;
    }
    var data = JSON.parse(element.getAttribute("data-readiness-chart"));
    var series = data.series.map(function (condition, index) {
      var line = { name: condition.name, type: "line", data: condition.scores, connectNulls: true };
      if (index === 0) {
        line.markLine = {
          silent: true, symbol: "none", lineStyle: { type: "dashed", color: "#888" },
          data: data.thresholds.map(function (threshold) {
            return { yAxis: threshold.score, label: { formatter: threshold.name } };
          })
        };
      }
      return line;
    });
    var chart = echarts.init(element, null, { renderer: "svg", locale: data.locale });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 48, right: 72, top: 48, bottom: 32 },
      legend: { top: 0, type: "scroll" },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: data.cycles },
      yAxis: { type: "value", min: 0, max: 100, name: data.labels.score },
      series: series
    });
  }

  function drawAll() {
    document.querySelectorAll("[data-readiness-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
