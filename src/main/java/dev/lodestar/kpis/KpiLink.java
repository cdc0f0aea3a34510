package dev.lodestar.kpis;

import java.time.Instant;

/** A KPI related to an objective, by whom and when. */
public record KpiLink(long kpiId, long objectiveId, KpiRelation relation, long linkedBy, Instant linkedAt) {
}
