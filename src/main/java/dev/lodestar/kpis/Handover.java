package dev.lodestar.kpis;

/** The KPI a key result was handed over to, and how many measured days its check-ins gave it. */
public record Handover(Kpi kpi, int measurementsCarriedOver) {
}
