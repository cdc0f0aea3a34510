package dev.lodestar.checkins.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.platform.web.Texts;

/**
 * What a key result's chart is drawn from: value and confidence over time, oldest first, with the target, and the
 * chart's words in the reader's language. The page's script only draws; it decides nothing.
 */
@Component
class KeyResultCharts {

	private final JsonMapper json;

	KeyResultCharts(JsonMapper json) {
		this.json = json;
	}

	String chartOf(KeyResult keyResult, List<CheckIn> newestFirst, Texts t) {
		boolean milestone = keyResult.kind() == KeyResultKind.MILESTONE;
		List<Object[]> points = new ArrayList<>(newestFirst.size());
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			CheckIn checkIn = newestFirst.get(i);
			Object value = milestone ? (Boolean.TRUE.equals(checkIn.done()) ? 1 : 0) : checkIn.value();
			points.add(new Object[] { t.iso(checkIn.checkedInAt()), value, checkIn.confidence() });
		}
		Map<String, Object> labels = new LinkedHashMap<>();
		labels.put("value", keyResult.unit() == null || milestone ? t.m("key-result-history.value")
				: t.m("key-result-history.value-in", keyResult.unit()));
		labels.put("confidence", t.m("key-result-history.confidence"));
		labels.put("target", t.m("key-result-history.target"));
		labels.put("done", t.m("key-result.done"));
		labels.put("notDone", t.m("key-result.not-done"));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("locale", t.languageTag().equals("zh-CN") ? "ZH" : "EN");
		chart.put("milestone", milestone);
		chart.put("start", keyResult.start());
		chart.put("target", keyResult.target());
		chart.put("labels", labels);
		chart.put("points", points);
		return json.writeValueAsString(chart);
	}
}
