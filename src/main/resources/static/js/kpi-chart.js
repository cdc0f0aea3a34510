// A KPI's measurements as a line over time, with its target and thresholds as horizontal lines. Every word and
// number comes from data-kpi-chart; the table beside it says the same. Drawn again when a measurement swaps the part.
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

  var COLOURS = { target: "#1f5fae", healthy: "#1d6b3a", critical: "#a3261b" };

  function draw(element) {
    if (!window.echarts || echarts.getInstanceByDom(element)) {
      return;
    }
    var data = JSON.parse(element.getAttribute("data-kpi-chart"));
    var lines = data.lines.map(function (line) {
      return {
        yAxis: Number(line.value), name: line.label,
        lineStyle: { color: COLOURS[line.kind], type: line.kind === "target" ? "solid" : "dashed" },
        label: { formatter: line.label + " {c}", position: "insideEndTop", color: COLOURS[line.kind] }
      };
    });
    // The axis covers the lines too, so a KPI far from its target still shows where the target is.
    var values = data.points.map(function (point) { return Number(point[1]); })
      .concat(data.lines.map(function (line) { return Number(line.value); }));
    var low = Math.min.apply(null, values);
    var high = Math.max.apply(null, values);
    var step = niceStep((high - low) / 5);
    var chart = echarts.init(element, null, { renderer: "svg", locale: data.locale });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 56, right: 24, top: 32, bottom: 32 },
      tooltip: { trigger: "axis" },
      // Days read as dates ("Oct 5", or 10/5 in Chinese), not as bare day numbers of the month.
      xAxis: {
        type: "time", splitNumber: element.clientWidth < 500 ? 3 : 6,
        axisLabel: { hideOverlap: true, formatter: { year: "{yyyy}", month: "{MMM}", day: data.locale === "ZH" ? "{M}/{d}" : "{MMM} {d}" } }
      },
      yAxis: {
        type: "value", name: data.value, interval: step,
        min: Math.floor(low / step) * step, max: Math.max(Math.ceil(high / step) * step, Math.floor(low / step) * step + step)
      },
      series: [{
        name: data.value, type: "line", data: data.points, symbolSize: 7,
        lineStyle: { width: 3, color: "#333" }, itemStyle: { color: "#333" },
        markLine: { symbol: "none", silent: true, data: lines }
      }]
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll("[data-kpi-chart]").forEach(draw);
  }

  if (window.htmx) {
    htmx.onLoad(drawAll);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  } else {
    drawAll(document);
  }
})();
