package dev.lodestar.appraisal;

import java.time.LocalDate;

/** The days whose KPI measurements an appraisal reads, both included. */
public record AppraisalPeriod(long id, String name, LocalDate startsOn, LocalDate endsOn, int version) {
}
