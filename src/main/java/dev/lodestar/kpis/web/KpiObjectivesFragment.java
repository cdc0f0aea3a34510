package dev.lodestar.kpis.web;

import java.util.List;
import java.util.Set;

import dev.lodestar.kpis.KpiStatus;
import dev.lodestar.kpis.RelatedObjective;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The objectives a KPI is related to, as its page shows them: the relation of each, where the KPI came from, the
 * form to relate one more ({@code options} empty when the reader may relate none), and the recovery action while
 * the KPI is critical. {@code notices} says why an action was refused.
 */
public record KpiObjectivesFragment(Shell shell, KpiStatus status, KpiOrigin origin, List<RelatedObjective> related,
		Set<Long> mayUnrelate, List<ObjectiveSummary> options, boolean mayStartRecovery, String idempotencyKey,
		FormErrors errors, List<String> notices) {

	public long kpiId() {
		return status.kpi().id();
	}
}
