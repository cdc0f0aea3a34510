package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** An objective was set. */
public record ObjectiveCreated(long objectiveId, long actorId, Instant at, List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("OBJECTIVE", objectiveId, objectiveId);
	}

	@Override
	public String action() {
		return "CREATED";
	}
}
