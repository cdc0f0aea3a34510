package dev.lodestar.kpis;

import dev.lodestar.objectives.ObjectiveSummary;

/** An objective a KPI is related to, as far as the reader may see it. */
public record RelatedObjective(KpiLink link, ObjectiveSummary objective) {
}
