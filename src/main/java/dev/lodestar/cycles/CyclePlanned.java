package dev.lodestar.cycles;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** A cycle was planned. */
public record CyclePlanned(long cycleId, long actorId, Instant at, List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("CYCLE", cycleId, null);
	}

	@Override
	public String action() {
		return "CREATED";
	}
}
