package dev.lodestar.readiness.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.lodestar.platform.web.Texts;
import dev.lodestar.readiness.ReadinessCondition;
import dev.lodestar.readiness.ReadinessHistoryEntry;
import dev.lodestar.readiness.ReadinessStand;

/**
 * What the readiness history's chart is drawn from: the team's cycles, one line of scores per condition (null where a
 * check has too few answers), the stands' thresholds, and the words in the reader's language. The script only draws.
 */
@Component
class ReadinessCharts {

	private final JsonMapper json;

	ReadinessCharts(JsonMapper json) {
		this.json = json;
	}

	/** @return null while no check has a result: an empty chart says nothing the table does not */
	String chartOf(List<ReadinessHistoryEntry> history, Texts t) {
		if (history.stream().allMatch(entry -> entry.exploratoryWork() == null)) {
			return null;
		}
		List<String> cycles = history.stream().map(ReadinessHistoryEntry::cycleName).toList();
		List<Map<String, Object>> series = new ArrayList<>();
		for (ReadinessCondition condition : ReadinessCondition.values()) {
			List<Integer> scores = new ArrayList<>();
			history.forEach(entry -> scores.add(scoreOf(entry, condition)));
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("name", t.m("readiness.condition." + condition.name()));
			line.put("scores", scores);
			series.add(line);
		}
		List<Map<String, Object>> thresholds = List.of(
				Map.of("score", ReadinessStand.READY_FROM, "name", t.m("readiness.stand." + ReadinessStand.READY.name())),
				Map.of("score", ReadinessStand.PARTLY_FROM, "name", t.m("readiness.stand." + ReadinessStand.PARTLY.name())));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("locale", t.languageTag().equals("zh-CN") ? "ZH" : "EN");
		chart.put("cycles", cycles);
		chart.put("labels", Map.of("score", t.m("readiness.chart.score")));
		chart.put("thresholds", thresholds);
		chart.put("series", series);
		return json.writeValueAsString(chart);
	}

	static Integer scoreOf(ReadinessHistoryEntry entry, ReadinessCondition condition) {
		return switch (condition) {
			case EXPLORATORY_WORK -> entry.exploratoryWork();
			case AUTHORISING_MANAGERS -> entry.authorisingManagers();
			case SELF_DRIVEN_PEOPLE -> entry.selfDrivenPeople();
		};
	}
}
