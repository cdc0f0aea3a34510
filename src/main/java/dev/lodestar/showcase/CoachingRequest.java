package dev.lodestar.showcase;

import java.time.Instant;

/** A team asked the coaches for help; open until a coach (or an admin) marks it handled. */
public record CoachingRequest(long id, long teamId, String teamName, String note, long askedBy, String askedByName,
		Instant askedAt, Long handledBy, Instant handledAt) {

	public boolean open() {
		return handledAt == null;
	}
}
