package dev.lodestar.kpis;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A key performance indicator for execution work. {@code originKeyResultId} names the key result it was carried over
 * from, when a reached key result now only needs to be maintained.
 */
public record Kpi(long id, String name, String unit, KpiOwner owner, KpiTargets targets, KpiFrequency frequency,
		KpiSource source, Long originKeyResultId, LocalDate lastMeasuredOn, long createdBy, int version,
		Instant createdAt, Instant updatedAt) {
}
