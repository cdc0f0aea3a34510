package dev.lodestar.appraisal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The days whose KPI measurements an appraisal reads, both included. Once {@code closedAt} is set its results are
 * frozen as they were then.
 */
public record AppraisalPeriod(long id, String name, LocalDate startsOn, LocalDate endsOn, int version, Instant closedAt) {

	public boolean closed() {
		return closedAt != null;
	}
}
