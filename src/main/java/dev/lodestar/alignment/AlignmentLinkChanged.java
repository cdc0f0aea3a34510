package dev.lodestar.alignment;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.history.HistorySubject;

/** A link's roll-up was turned on or off. It shows in the supporting objective's history. */
public record AlignmentLinkChanged(long linkId, long childObjectiveId, long actorId, Instant at, List<FieldChange> changes)
		implements AuditedChange {

	@Override
	public HistorySubject subject() {
		return new HistorySubject("ALIGNMENT_LINK", linkId, childObjectiveId);
	}

	@Override
	public String action() {
		return "UPDATED";
	}
}
