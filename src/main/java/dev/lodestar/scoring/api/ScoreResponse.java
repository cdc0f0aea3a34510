package dev.lodestar.scoring.api;

import java.math.BigDecimal;
import java.time.Instant;

import dev.lodestar.scoring.Score;
import dev.lodestar.scoring.ScoreBand;
import dev.lodestar.scoring.ScoreKind;

/** A key result's score with its band: MISSED (<0.4), PROGRESS (0.4–0.5), HEALTHY (0.6–0.7), SAFE (0.8–0.9), NO_STRETCH (1.0). */
record ScoreResponse(long id, long keyResultId, int version, BigDecimal score, ScoreBand band, BigDecimal weight,
		String reason, ScoreKind kind, long authorId, Instant recordedAt) {

	static ScoreResponse of(Score score) {
		return score == null ? null
				: new ScoreResponse(score.id(), score.keyResultId(), score.version(), score.value(), score.band(),
						score.weight(), score.reason(), score.kind(), score.authorId(), score.recordedAt());
	}
}
