package dev.lodestar.kpis;

/** A KPI's state by its latest measurement; UNKNOWN until it has one. */
public enum KpiHealth {

	HEALTHY, WARNING, CRITICAL, UNKNOWN;

	public String messageKey() {
		return "kpi.health." + name();
	}
}
