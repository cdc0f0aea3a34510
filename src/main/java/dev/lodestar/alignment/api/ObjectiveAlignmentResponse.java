package dev.lodestar.alignment.api;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.alignment.ObjectiveAlignment;

/**
 * What an objective supports (up) and what supports it (down). {@code rolledUpProgress} is the mean progress of
 * the supporting objectives whose link rolls up, over {@code rolledUpCount} of them; absent when none does.
 */
record ObjectiveAlignmentResponse(long objectiveId, List<AlignedObjectiveResponse> supports,
		List<AlignedObjectiveResponse> supportedBy, BigDecimal rolledUpProgress, int rolledUpCount) {

	static ObjectiveAlignmentResponse of(ObjectiveAlignment alignment) {
		return new ObjectiveAlignmentResponse(alignment.objectiveId(),
				alignment.supports().stream().map(AlignedObjectiveResponse::of).toList(),
				alignment.supportedBy().stream().map(AlignedObjectiveResponse::of).toList(), alignment.rolledUpProgress(),
				alignment.rolledUpCount());
	}
}
