package dev.lodestar.kpis;

import java.util.List;

/**
 * A KPI as a board shows it: its latest measurement (or none), the health that gives, and its recent measurements,
 * oldest first, for a trend line.
 */
public record KpiStatus(Kpi kpi, Measurement latest, KpiHealth health, List<Measurement> recent) {

	public static KpiStatus of(Kpi kpi, List<Measurement> recent) {
		Measurement latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
		return new KpiStatus(kpi, latest, kpi.targets().health(latest == null ? null : latest.value()), List.copyOf(recent));
	}
}
