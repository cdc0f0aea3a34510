package dev.lodestar.checkins;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** Someone checked in on a key result. */
public record CheckInRecorded(long checkInId, long keyResultId, long objectiveId, long actorId, Instant at,
		List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("CHECK_IN", checkInId, objectiveId);
	}

	@Override
	public String action() {
		return "CHECKED_IN";
	}
}
