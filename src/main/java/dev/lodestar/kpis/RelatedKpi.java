package dev.lodestar.kpis;

/** A KPI related to an objective, with its health and latest measurement: context, never a key result. */
public record RelatedKpi(KpiLink link, KpiStatus status) {
}
