package dev.lodestar.kpis;

import java.time.Instant;
import java.time.LocalDate;

/** A KPI was measured, and this is its health now; notifications and webhooks listen. */
public record KpiMeasured(long kpiId, long measurementId, LocalDate measuredOn, KpiHealth health, long recordedBy,
		Instant at) {
}
