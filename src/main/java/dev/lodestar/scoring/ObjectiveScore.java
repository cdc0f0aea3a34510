package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.jdbc.SqlValues;

/**
 * An objective's score: the weighted mean of its key results' current scores, two decimals. Unscored key results
 * do not count (and are listed), so a half-scored objective shows the judgement made so far, not a false zero.
 *
 * @param score null until one key result is scored
 */
public record ObjectiveScore(ObjectiveView objective, BigDecimal score, List<KeyResultScore> keyResults) {

	public ObjectiveScore {
		keyResults = List.copyOf(keyResults);
	}

	public static ObjectiveScore of(ObjectiveView objective, Map<Long, Score> current) {
		List<KeyResultScore> keyResults = objective.keyResults()
			.stream()
			.map(keyResult -> new KeyResultScore(keyResult, current.get(keyResult.keyResult().id())))
			.toList();
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (KeyResultScore keyResult : keyResults) {
			if (keyResult.scored()) {
				weighted = weighted.add(keyResult.score().value().multiply(keyResult.score().weight()));
				weights = weights.add(keyResult.score().weight());
			}
		}
		BigDecimal score = weights.signum() == 0 ? null
				: SqlValues.plain(weighted.divide(weights, 2, RoundingMode.HALF_UP));
		return new ObjectiveScore(objective, score, keyResults);
	}

	public ScoreBand band() {
		return score == null ? null : ScoreBand.of(score);
	}

	public long unscored() {
		return keyResults.stream().filter(keyResult -> !keyResult.scored()).count();
	}
}
