package dev.lodestar.kpis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiHealth;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.kpis.KpiStatus;

/** A KPI's definition with its health, its latest measurement and its recent ones (oldest first) for a trend. */
record KpiResponse(long id, String name, String unit, Long teamId, Long personId, KpiDirection direction,
		BigDecimal target, BigDecimal healthyThreshold, BigDecimal criticalThreshold, KpiFrequency frequency,
		KpiSource source, Long originKeyResultId, LocalDate lastMeasuredOn, int version, Instant createdAt,
		Instant updatedAt, KpiHealth health, MeasurementResponse latest, List<MeasurementResponse> recent) {

	static KpiResponse of(KpiStatus status) {
		Kpi kpi = status.kpi();
		return new KpiResponse(kpi.id(), kpi.name(), kpi.unit(), kpi.owner().teamId(), kpi.owner().personId(),
				kpi.targets().direction(), kpi.targets().target(), kpi.targets().healthy(), kpi.targets().critical(),
				kpi.frequency(), kpi.source(), kpi.originKeyResultId(), kpi.lastMeasuredOn(), kpi.version(),
				kpi.createdAt(), kpi.updatedAt(), status.health(), MeasurementResponse.of(status.latest()),
				status.recent().stream().map(MeasurementResponse::of).toList());
	}
}
