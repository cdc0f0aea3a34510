package dev.lodestar.kpis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds KPIs and their measurements through the real API, for the KPI tests. */
public final class KpiApi {

	private final Api api;

	public KpiApi(Api api) {
		this.api = api;
	}

	/** A weekly KPI, higher is better: healthy from 90, critical below 70, target 100. */
	public static Map<String, Object> definition(String name, Long teamId, Long personId) {
		Map<String, Object> kpi = new LinkedHashMap<>();
		kpi.put("name", name);
		kpi.put("unit", "%");
		kpi.put("teamId", teamId);
		kpi.put("personId", personId);
		kpi.put("direction", "HIGHER_IS_BETTER");
		kpi.put("target", 100);
		kpi.put("healthyThreshold", 90);
		kpi.put("criticalThreshold", 70);
		kpi.put("frequency", "WEEKLY");
		return kpi;
	}

	public long teamKpi(Session as, long teamId, String name) {
		return define(as, definition(name, teamId, null));
	}

	public long personKpi(Session as, long personId, String name) {
		return define(as, definition(name, null, personId));
	}

	public long define(Session as, Map<String, Object> definition) {
		var created = api.post("/api/v1/kpis", as, definition);
		assertThat(created).hasStatus(201);
		return Api.id(created);
	}

	public MvcTestResult measure(Session as, long kpiId, String day, Number value, boolean correction) {
		Map<String, Object> measurement = new LinkedHashMap<>();
		measurement.put("measuredOn", day);
		measurement.put("value", value);
		measurement.put("correction", correction);
		return api.post("/api/v1/kpis/" + kpiId + "/measurements", as, measurement);
	}

	public void measured(Session as, long kpiId, String day, Number value) {
		assertThat(measure(as, kpiId, day, value, false)).hasStatus(201);
	}
}
