package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/**
 * An objective was deleted, with its key results and their check-ins.
 *
 * @param cycleId the cycle it was in, and {@code owner} whose it was: once it is gone, nothing else can say
 */
public record ObjectiveDeleted(long objectiveId, long cycleId, Owner owner, long actorId, Instant at,
		List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("OBJECTIVE", objectiveId, objectiveId);
	}

	@Override
	public String action() {
		return "DELETED";
	}
}
