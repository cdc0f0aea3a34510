package dev.lodestar.feeds;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/**
 * Someone connected a key result to an integration ({@code CREATED}), changed how ({@code UPDATED}) or went back to
 * check-ins by hand ({@code DELETED}). The address is only said to have changed: it may carry the other system's key,
 * and the objective's history is read by everyone who sees the objective.
 */
public record KeyResultFeedChanged(long keyResultId, long objectiveId, long actorId, Instant at, String action,
		List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("KEY_RESULT_FEED", keyResultId, objectiveId);
	}
}
