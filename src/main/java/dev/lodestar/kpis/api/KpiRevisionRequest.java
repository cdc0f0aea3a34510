package dev.lodestar.kpis.api;

import java.math.BigDecimal;

import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiRevision;
import dev.lodestar.kpis.KpiSource;

/** Changes a KPI's definition; {@code version} is the one read, and the owner stays. */
record KpiRevisionRequest(String name, String unit, KpiDirection direction, BigDecimal target,
		BigDecimal healthyThreshold, BigDecimal criticalThreshold, KpiFrequency frequency, KpiSource source,
		Integer version) {

	KpiRevision toCommand() {
		return new KpiRevision(name, unit, direction, target, healthyThreshold, criticalThreshold, frequency, source,
				version);
	}
}
