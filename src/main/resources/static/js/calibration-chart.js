// The calibration page's score distribution: one bar series per cycle over the steps 0.0 … 1.0, the healthy band
// 0.6–0.7 shaded. Every word and number comes from data-calibration-chart; the table beside it says the same.
(function () {
  "use strict";

  function draw(element) {
    if (!window.echarts || echarts.getInstanceByDom(element)) {
      return;
    }
    var data = JSON.parse(element.getAttribute("data-calibration-chart"));
    var series = data.series.map(function (cycle, index) {
      var one = { name: cycle.name, type: "bar", data: cycle.counts, barMaxWidth: 28 };
      if (index === 0) {
        one.markArea = {
          silent: true,
          itemStyle: { color: "rgba(29, 107, 58, 0.12)" },
          label: { show: true, position: "insideTop", formatter: data.labels.band },
          data: [[{ xAxis: data.band[0] }, { xAxis: data.band[1] }]]
        };
      }
      return one;
    });
    var chart = echarts.init(element, null, { renderer: "svg", locale: data.locale });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 48, right: 24, top: 56, bottom: 40 },
      legend: { top: 0, type: "scroll" },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", name: data.labels.score, nameLocation: "middle", nameGap: 26, data: data.steps },
      yAxis: { type: "value", name: data.labels.count, minInterval: 1 },
      series: series
    });
  }

  function drawAll() {
    document.querySelectorAll("[data-calibration-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }

  window.addEventListener("resize", function () {
    if (window.echarts) {
      document.querySelectorAll("[data-calibration-chart]").forEach(function (element) {
        var chart = echarts.getInstanceByDom(element);
        if (chart) {
          chart.resize();
        }
      });
    }
  });
})();
