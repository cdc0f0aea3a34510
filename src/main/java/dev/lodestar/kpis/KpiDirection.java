package dev.lodestar.kpis;

/** Which way a KPI's value should go. */
public enum KpiDirection {

	HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_BAND;

	public String messageKey() {
		return "kpi.direction." + name();
	}
}
