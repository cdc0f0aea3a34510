package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one objective supports and what supports it, as far as the reader may see.
 *
 * @param rolledUpProgress the mean progress of the supporting objectives whose link rolls up, or null when no
 *        link rolls up (or none of them has progress yet)
 * @param rolledUpCount how many supporting objectives that mean is taken over
 */
public record ObjectiveAlignment(long objectiveId, List<AlignedObjective> supports, List<AlignedObjective> supportedBy,
		BigDecimal rolledUpProgress, int rolledUpCount) {

	public ObjectiveAlignment {
		supports = List.copyOf(supports);
		supportedBy = List.copyOf(supportedBy);
	}
}
