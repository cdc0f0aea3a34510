package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One measurement of a KPI. A correction restates an earlier day; the newest row for a day counts. */
public record Measurement(long id, long kpiId, LocalDate measuredOn, BigDecimal value, boolean correction, String note,
		long recordedBy, Instant recordedAt) {
}
