package dev.lodestar.audit;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.FieldChange;

/** One change as the history keeps it. */
public record HistoryEntry(long id, Instant at, long actorId, String subjectType, long subjectId, Long objectiveId,
		String action, List<FieldChange> changes) {
}
