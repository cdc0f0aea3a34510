package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One self-score of a key result. Scores are never changed: a revised score is the next version, so the way a
 * forecast moved stays visible to its owner and team.
 *
 * @param version 1 for a key result's first score, then 2, 3…: what a writer names to replace it
 * @param weight  how much the key result counts in its objective's score; 1 unless its owner says otherwise
 */
public record Score(long id, long keyResultId, int version, BigDecimal value, BigDecimal weight, String reason,
		ScoreKind kind, long authorId, Instant recordedAt) {

	public ScoreBand band() {
		return ScoreBand.of(value);
	}
}
