package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** A key result was removed, with its check-ins. */
public record KeyResultRemoved(long keyResultId, long objectiveId, long actorId, Instant at, List<FieldChange> changes)
		implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("KEY_RESULT", keyResultId, objectiveId);
	}

	@Override
	public String action() {
		return "DELETED";
	}
}
