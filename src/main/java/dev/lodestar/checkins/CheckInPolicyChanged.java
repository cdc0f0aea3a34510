package dev.lodestar.checkins;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** An admin moved the organisation's check-in day. */
public record CheckInPolicyChanged(long actorId, Instant at, List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("CHECK_IN_POLICY", 1, null);
	}

	@Override
	public String action() {
		return "UPDATED";
	}
}
