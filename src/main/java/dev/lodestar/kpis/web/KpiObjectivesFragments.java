package dev.lodestar.kpis.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiObjectives;
import dev.lodestar.kpis.KpiRecovery;
import dev.lodestar.kpis.KpiStatus;
import dev.lodestar.kpis.RelatedObjective;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Builds the related-objectives fragment of a KPI: a constant number of queries, however many relations. */
@Component
class KpiObjectivesFragments {

	private final KpiManagement kpis;

	private final KpiObjectives relations;

	private final KpiRecovery recovery;

	private final KeyResultManagement keyResults;

	KpiObjectivesFragments(KpiManagement kpis, KpiObjectives relations, KpiRecovery recovery,
			KeyResultManagement keyResults) {
		this.kpis = kpis;
		this.relations = relations;
		this.recovery = recovery;
		this.keyResults = keyResults;
	}

	KpiObjectivesFragment of(Shell shell, long kpiId) {
		return of(shell, kpiId, FormErrors.none(), List.of());
	}

	KpiObjectivesFragment of(Shell shell, long kpiId, FormErrors errors, List<String> notices) {
		var caller = shell.caller();
		KpiStatus status = kpis.status(kpiId);
		List<RelatedObjective> related = relations.objectivesOf(caller, kpiId);
		boolean steward = kpis.isSteward(caller, status.kpi().owner());
		Set<Long> mayUnrelate = related.stream()
			.filter(relation -> steward || relation.objective().owner().includes(caller))
			.map(relation -> relation.objective().id())
			.collect(Collectors.toSet());
		var options = relations.relatable(caller, status.kpi(), related.stream().map(r -> r.objective().id()).toList());
		return new KpiObjectivesFragment(shell, status, originOf(shell, status.kpi().originKeyResultId()), related,
				mayUnrelate, options, recovery.mayStart(caller, status), UUID.randomUUID().toString(), errors, notices);
	}

	private KpiOrigin originOf(Shell shell, Long keyResultId) {
		if (keyResultId == null) {
			return null;
		}
		return keyResults.findPlaced(shell.caller(), keyResultId)
			.map(placed -> new KpiOrigin(keyResultId, placed.view().keyResult().objectiveId(),
					placed.view().keyResult().title()))
			.orElse(new KpiOrigin(keyResultId, null, null));
	}
}
