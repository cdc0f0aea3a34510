package dev.lodestar.alignment;

import java.time.Instant;

/** One step of a request's conversation, with the proposal as it stood after it (asked and countered steps). */
public record ContributionStep(long id, ContributionAction action, long teamId, long actorId, Proposal proposal,
		String reason, Instant takenAt) {
}
