package dev.lodestar.kpis.web;

import java.util.List;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.RelatedKpi;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The KPIs shown beside an objective, for context: never its key results.
 *
 * @param options the KPIs the reader may still relate to it (none unless they may change the objective)
 */
public record ObjectiveKpisFragment(Shell shell, long objectiveId, List<RelatedKpi> kpis, List<Kpi> options,
		String idempotencyKey, FormErrors errors) {

	/** Nothing to show and nothing to do: the fragment stays an empty slot on the objective page. */
	public boolean empty() {
		return kpis.isEmpty() && options.isEmpty() && !errors.any();
	}
}
