package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective on a review's board, with its owner's name and its score (the weighted mean of its key results'
 * scores, null until one is scored).
 */
public record ReviewObjective(long id, String title, Long ownerTeamId, Long ownerPersonId, String ownerName,
		BigDecimal progress, BigDecimal score, ScoreBand band, List<ReviewKeyResult> keyResults) {

	public ReviewObjective {
		keyResults = List.copyOf(keyResults);
	}
}
