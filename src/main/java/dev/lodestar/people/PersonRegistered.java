package dev.lodestar.people;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** A person was registered. */
public record PersonRegistered(long personId, long actorId, Instant at, List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("PERSON", personId, null);
	}

	@Override
	public String action() {
		return "CREATED";
	}
}
