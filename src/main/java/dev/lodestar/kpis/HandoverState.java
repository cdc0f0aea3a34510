package dev.lodestar.kpis;

import dev.lodestar.objectives.PlacedKeyResult;

/**
 * Where a key result stands towards becoming a KPI: the KPI it is maintained as (null while none), whether its
 * check-ins reached its target, and whether the caller may hand it over now.
 */
public record HandoverState(PlacedKeyResult keyResult, Kpi kpi, boolean achieved, boolean mayHandOver) {
}
