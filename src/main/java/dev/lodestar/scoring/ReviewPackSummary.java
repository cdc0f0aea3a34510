package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.lodestar.platform.jdbc.SqlValues;

/**
 * The numbers at the top of a pack: how many objectives and key results, how many key results were checked in
 * during the period, the mean objective score, and how many key-result scores sit in the healthy band 0.6–0.7.
 *
 * @param meanScore two decimals; null while no objective is scored
 */
public record ReviewPackSummary(int objectives, int keyResults, int checkedIn, int scored, int healthy,
		BigDecimal meanScore) {

	public static ReviewPackSummary of(List<ReviewPackObjective> objectives) {
		int keyResults = 0;
		int checkedIn = 0;
		int scored = 0;
		int healthy = 0;
		BigDecimal sum = BigDecimal.ZERO;
		int scoredObjectives = 0;
		for (ReviewPackObjective objective : objectives) {
			if (objective.score().score() != null) {
				sum = sum.add(objective.score().score());
				scoredObjectives++;
			}
			for (ReviewPackKeyResult keyResult : objective.keyResults()) {
				keyResults++;
				if (keyResult.checkedIn()) {
					checkedIn++;
				}
				if (keyResult.score().scored()) {
					scored++;
					if (keyResult.score().score().band() == ScoreBand.HEALTHY) {
						healthy++;
					}
				}
			}
		}
		BigDecimal mean = scoredObjectives == 0 ? null
				: SqlValues.plain(sum.divide(BigDecimal.valueOf(scoredObjectives), 2, RoundingMode.HALF_UP));
		return new ReviewPackSummary(objectives.size(), keyResults, checkedIn, scored, healthy, mean);
	}
}
