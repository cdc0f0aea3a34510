package dev.lodestar.kpis;

/** Where a KPI's measurements come from: typed in by people, or pushed by another system through the API. */
public enum KpiSource {

	MANUAL, API;

	public String messageKey() {
		return "kpi.source." + name();
	}
}
