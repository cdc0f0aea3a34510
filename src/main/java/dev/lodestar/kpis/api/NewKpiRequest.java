package dev.lodestar.kpis.api;

import java.math.BigDecimal;

import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.kpis.NewKpi;

/** Defines a KPI owned by exactly one of a team ({@code teamId}) or a person ({@code personId}); source defaults to MANUAL. */
record NewKpiRequest(String name, String unit, Long teamId, Long personId, KpiDirection direction, BigDecimal target,
		BigDecimal healthyThreshold, BigDecimal criticalThreshold, KpiFrequency frequency, KpiSource source) {

	NewKpi toCommand() {
		return new NewKpi(name, unit, teamId, personId, direction, target, healthyThreshold, criticalThreshold, frequency,
				source);
	}
}
