package dev.lodestar.kpis;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/**
 * A KPI was defined ({@code CREATED}) or its definition changed ({@code UPDATED}). Kept in the history because a
 * KPI may weigh in an appraisal: who moved a target, and when, must stay answerable.
 */
public record KpiChanged(long kpiId, String action, long actorId, Instant at, List<FieldChange> changes)
		implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("KPI", kpiId, null);
	}
}
