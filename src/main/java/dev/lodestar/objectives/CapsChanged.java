package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** An admin changed the caps. */
public record CapsChanged(long actorId, Instant at, List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("CAPS", 1, null);
	}

	@Override
	public String action() {
		return "UPDATED";
	}
}
