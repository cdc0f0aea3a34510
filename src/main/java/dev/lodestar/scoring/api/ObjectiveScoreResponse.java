package dev.lodestar.scoring.api;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.scoring.ObjectiveScore;
import dev.lodestar.scoring.ScoreBand;

/**
 * An objective's score: the weighted mean of its key results' current scores (null while none is scored), and
 * each key result with its score or null.
 */
record ObjectiveScoreResponse(long objectiveId, BigDecimal score, ScoreBand band, long unscoredKeyResults,
		List<KeyResultScoreResponse> keyResults) {

	record KeyResultScoreResponse(long keyResultId, String title, ScoreResponse score) {
	}

	static ObjectiveScoreResponse of(ObjectiveScore scores) {
		return new ObjectiveScoreResponse(scores.objective().objective().id(), scores.score(), scores.band(),
				scores.unscored(),
				scores.keyResults()
					.stream()
					.map(line -> new KeyResultScoreResponse(line.keyResult().keyResult().id(),
							line.keyResult().keyResult().title(), ScoreResponse.of(line.score())))
					.toList());
	}
}
