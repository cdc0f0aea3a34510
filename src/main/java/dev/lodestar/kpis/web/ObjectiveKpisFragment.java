package dev.lodestar.kpis.web;

import java.util.List;

import dev.lodestar.kpis.RelatedKpi;
import dev.lodestar.platform.web.Shell;

/** The KPIs shown beside an objective, for context: never its key results. */
public record ObjectiveKpisFragment(Shell shell, long objectiveId, List<RelatedKpi> kpis) {
}
