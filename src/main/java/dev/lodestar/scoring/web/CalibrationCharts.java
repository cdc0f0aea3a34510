package dev.lodestar.scoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.lodestar.platform.web.Texts;
import dev.lodestar.scoring.CalibrationDistribution;

/**
 * What the score-distribution chart is drawn from: the eleven score steps, one bar series per cycle, the healthy
 * band to mark, and the chart's words in the reader's language. The script only draws.
 */
@Component
class CalibrationCharts {

	private final JsonMapper json;

	CalibrationCharts(JsonMapper json) {
		this.json = json;
	}

	String chartOf(List<CalibrationDistribution> distributions, Texts t) {
		List<String> steps = new ArrayList<>();
		for (int i = 0; i < CalibrationDistribution.STEPS; i++) {
			steps.add(CalibrationDistribution.step(i));
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (CalibrationDistribution distribution : distributions) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", distribution.cycleName());
			one.put("counts", distribution.counts());
			series.add(one);
		}
		Map<String, Object> labels = new LinkedHashMap<>();
		labels.put("score", t.m("calibration.chart.score"));
		labels.put("count", t.m("calibration.chart.count"));
		labels.put("band", t.m("calibration.chart.band"));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("locale", t.languageTag().equals("zh-CN") ? "ZH" : "EN");
		chart.put("steps", steps);
		chart.put("band", List.of(CalibrationDistribution.step(6), CalibrationDistribution.step(7)));
		chart.put("labels", labels);
		chart.put("series", series);
		return json.writeValueAsString(chart);
	}
}
