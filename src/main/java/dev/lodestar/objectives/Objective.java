package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.security.Caller;

/**
 * A qualitative goal of one owner in one cycle. A draft was put into the owner's OKRs by someone else, e.g. by
 * an accepted contribution request, and waits for its owner to confirm it.
 */
public record Objective(long id, long cycleId, Owner owner, String title, String description, Visibility visibility,
		List<Long> viewerIds, long createdBy, int version, Instant createdAt, Instant updatedAt, boolean draft) {

	public Objective {
		viewerIds = List.copyOf(viewerIds);
	}

	/** A personal objective is changed by its owner, a team's by its members and leads, anything by admins. */
	public boolean mayBeChangedBy(Caller caller) {
		return owner.includes(caller);
	}

	public boolean isVisibleTo(Caller caller) {
		return visibility == Visibility.PUBLIC || viewerIds.contains(caller.personId()) || owner.includes(caller);
	}
}
