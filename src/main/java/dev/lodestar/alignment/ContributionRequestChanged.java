package dev.lodestar.alignment;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** A contribution request was made, or took a step: asked, countered, accepted, declined or withdrawn. */
public record ContributionRequestChanged(long requestId, ContributionAction step, long actorId, Instant at,
		List<FieldChange> changes) implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("CONTRIBUTION_REQUEST", requestId, null);
	}

	@Override
	public String action() {
		return step == ContributionAction.ASKED ? "CREATED" : "UPDATED";
	}
}
