package dev.lodestar.kpis;

/** How often a KPI is measured. */
public enum KpiFrequency {

	WEEKLY, MONTHLY, QUARTERLY;

	public String messageKey() {
		return "kpi.frequency." + name();
	}
}
