package dev.lodestar.alignment;

import java.time.Instant;

/**
 * The child objective supports the parent objective, or one key result of it. A link that came from an accepted
 * contribution request is horizontal (between teams, agreed on both sides); any other is vertical.
 *
 * @param rollUp whether the parent shows the mean progress of its supporting objectives; off unless asked for
 */
public record AlignmentLink(long id, long childObjectiveId, long parentObjectiveId, Long parentKeyResultId,
		boolean rollUp, Long contributionRequestId, long createdBy, int version, Instant createdAt) {

	public boolean fromContributionRequest() {
		return contributionRequestId != null;
	}
}
