package dev.lodestar.kpis.web;

import dev.lodestar.kpis.KpiStatus;
import dev.lodestar.platform.web.Sparkline;

/** One KPI on a board: its status, who owns it (with a link), and its trend line. */
public record KpiRow(KpiStatus status, String ownerName, String ownerHref, Sparkline trend) {
}
