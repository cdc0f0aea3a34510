package dev.lodestar.cycles;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** An admin reopened a closed cycle, saying why: the history keeps the reason beside the state change. */
public record CycleReopened(long cycleId, long actorId, String reason, Instant at) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("CYCLE", cycleId, null);
	}

	@Override
	public String action() {
		return "REOPENED";
	}

	@Override
	public List<FieldChange> changes() {
		return Changes.between()
			.field("state", CycleState.CLOSED, CycleState.ACTIVE)
			.field("reason", null, reason)
			.list();
	}
}
