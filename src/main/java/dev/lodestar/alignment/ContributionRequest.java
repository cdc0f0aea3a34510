package dev.lodestar.alignment;

import java.time.Instant;

/**
 * A team's request to another team for a contribution to one of its key results, with the current proposal.
 *
 * @param waitingSince when the team that has the turn got it: a request waits on it from then
 * @param outcomeObjectiveId the draft objective an acceptance created, or the one that took the draft key result
 */
public record ContributionRequest(long id, long cycleId, long askingTeamId, long askedTeamId, long servesKeyResultId,
		ContributionState state, Proposal proposal, Long outcomeObjectiveId, Long outcomeKeyResultId,
		Instant waitingSince, long createdBy, int version, Instant createdAt, Instant updatedAt) {

	public long teamOf(ContributionSide side) {
		return side == ContributionSide.ASKING ? askingTeamId : askedTeamId;
	}
}
