package dev.lodestar.objectives.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.lodestar.objectives.Visibility;

/**
 * An objective with its key results; {@code progress} is the mean of theirs, absent while it has none. A
 * {@code draft} was put into its owner's OKRs by an accepted contribution request and waits for them to confirm it.
 */
record ObjectiveResponse(long id, long cycleId, Long ownerTeamId, Long ownerPersonId, String title, String description,
		Visibility visibility, List<Long> viewerIds, boolean draft, long createdBy, int version, Instant createdAt, Instant updatedAt,
		BigDecimal progress, List<HintResponse> hints, List<KeyResultResponse> keyResults) {
}
