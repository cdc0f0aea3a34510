package dev.lodestar.people;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** A team was added to the tree. */
public record TeamFormed(long teamId, long actorId, Instant at, List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("TEAM", teamId, null);
	}

	@Override
	public String action() {
		return "CREATED";
	}
}
