package dev.lodestar.pulse.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.platform.web.Texts;
import dev.lodestar.pulse.Need;
import dev.lodestar.pulse.PulseReading;
import dev.lodestar.pulse.PulseResults;

/**
 * What the pulse chart is drawn from: the cycles, one line per need (a gap where a cycle is not shown), and the
 * chart's words in the reader's language. The script only draws.
 */
@Component
class PulseCharts {

	private final JsonMapper json;

	PulseCharts(JsonMapper json) {
		this.json = json;
	}

	String chartOf(PulseResults results, Texts t) {
		List<String> cycles = new ArrayList<>();
		results.cycles().forEach(reading -> cycles.add(reading.cycleName()));
		List<Map<String, Object>> series = new ArrayList<>();
		for (Need need : Need.values()) {
			List<Object> means = new ArrayList<>();
			for (PulseReading reading : results.cycles()) {
				means.add(reading.means().get(need));
			}
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", t.m(need.messageKey()));
			one.put("means", means);
			series.add(one);
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("locale", t.languageTag().equals("zh-CN") ? "ZH" : "EN");
		chart.put("cycles", cycles);
		chart.put("axis", t.m("pulse.chart.axis"));
		chart.put("series", series);
		return json.writeValueAsString(chart);
	}
}
