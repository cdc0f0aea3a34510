package dev.lodestar.kpis.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiTargets;
import dev.lodestar.kpis.Measurement;
import dev.lodestar.platform.web.Texts;

/**
 * What a KPI's chart is drawn from: the series, and the target and thresholds as horizontal lines in the reader's
 * words. Within a band the thresholds are tolerances, so each becomes two lines around the target. The script only
 * draws.
 */
@Component
class KpiCharts {

	private final JsonMapper json;

	KpiCharts(JsonMapper json) {
		this.json = json;
	}

	String chartOf(String unit, KpiTargets targets, List<Measurement> series, Texts t) {
		List<List<Object>> points = series.stream()
			.map(m -> List.<Object>of(m.measuredOn().toString(), m.value()))
			.toList();
		List<Map<String, Object>> lines = new ArrayList<>();
		lines.add(line("target", t.m("kpi.page.chart.target"), targets.target()));
		if (targets.direction() == KpiDirection.WITHIN_BAND) {
			lines.add(line("healthy", t.m("kpi.page.chart.healthy"), targets.target().subtract(targets.healthy())));
			lines.add(line("healthy", t.m("kpi.page.chart.healthy"), targets.target().add(targets.healthy())));
			lines.add(line("critical", t.m("kpi.page.chart.critical"), targets.target().subtract(targets.critical())));
			lines.add(line("critical", t.m("kpi.page.chart.critical"), targets.target().add(targets.critical())));
		}
		else {
			lines.add(line("healthy", t.m("kpi.page.chart.healthy"), targets.healthy()));
			lines.add(line("critical", t.m("kpi.page.chart.critical"), targets.critical()));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("locale", t.languageTag().equals("zh-CN") ? "ZH" : "EN");
		chart.put("value", t.m("kpi.page.chart.value", unit));
		chart.put("points", points);
		chart.put("lines", lines);
		return json.writeValueAsString(chart);
	}

	private static Map<String, Object> line(String kind, String label, BigDecimal value) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("kind", kind);
		line.put("label", label);
		line.put("value", value);
		return line;
	}
}
