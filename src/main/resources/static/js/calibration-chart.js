// The calibration page's score distribution: one bar series per cycle over the steps 0.0 … 1.0, the healthy band
// 0.6–0.7 shaded. Every word and number comes from data-calibration-chart; the table beside it says the same.
(function () {
  "use strict";

  function draw(element) {
    if (!window.echarts || echarts.getInstanceByDom(element)) {
      return;
    }
    var data = JSON.parse(element.getAttribute("data-calibration-chart"));
    var series = data.series.map(function (cycle) {
      return { name: cycle.name, type: "bar", data: cycle.counts, barMaxWidth: 28 };
    });
    // The band is drawn on a hidden value axis laid exactly over the categories (step i sits at i/10, the axis runs
    // from -0.05 to 1.05), so it covers the two steps 0.6 and 0.7 edge to edge rather than centre to centre.
    var low = Number(data.band[0]) - 0.05;
    var high = Number(data.band[1]) + 0.05;
    series.push({
      name: data.labels.band, type: "line", xAxisIndex: 1, data: [[low, 0], [high, 0]], symbol: "none",
      lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true,
      markArea: {
        silent: true,
        itemStyle: { color: "rgba(29, 107, 58, 0.14)" },
        label: { show: true, position: "top", color: "#1d6b3a", formatter: data.labels.band },
        data: [[{ xAxis: low }, { xAxis: high }]]
      }
    });
    var chart = echarts.init(element, null, { renderer: "svg", locale: data.locale });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 48, right: 24, top: 64, bottom: 40 },
      legend: { top: 0, type: "scroll", data: data.series.map(function (cycle) { return cycle.name; }) },
      tooltip: { trigger: "axis" },
      xAxis: [
        { type: "category", name: data.labels.score, nameLocation: "middle", nameGap: 26, data: data.steps },
        { type: "value", min: -0.05, max: 1.05, show: false }
      ],
      yAxis: { type: "value", name: data.labels.count, minInterval: 1, axisLine: { onZero: false } },
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
})();
