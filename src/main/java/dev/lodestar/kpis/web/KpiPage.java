package dev.lodestar.kpis.web;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.platform.web.Shell;

/** A KPI's page: its definition and owner, whether the reader may change it, and the measurements part. */
public record KpiPage(Shell shell, Kpi kpi, String ownerName, String ownerHref, boolean mayRevise,
		KpiMeasurementsPart measurements) {
}
