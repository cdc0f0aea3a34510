package dev.lodestar.scoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What OKR health may learn from scoring (ADR 0009): for each key result with a final score, only the range it falls
 * in, and the weeks in which a team held its weekly review. Scores themselves never leave this module.
 */
@Component
public class ScoreFacts {

	private final ScoreRepository scores;

	private final ReviewRepository reviews;

	ScoreFacts(ScoreRepository scores, ReviewRepository reviews) {
		this.scores = scores;
		this.reviews = reviews;
	}

	/** The range of the latest score of each of these key results whose latest score is final: one query. */
	@Transactional(readOnly = true)
	public Map<Long, FinalScoreRange> finalRangesOf(Collection<Long> keyResultIds) {
		Map<Long, FinalScoreRange> ranges = new HashMap<>();
		scores.latestOf(keyResultIds).forEach((keyResultId, score) -> {
			if (score.kind() == ScoreKind.FINAL) {
				ranges.put(keyResultId, FinalScoreRange.of(score.value()));
			}
		});
		return ranges;
	}

	/**
	 * The Mondays of the weeks in which each of these teams opened its weekly review, within these days, by team: one
	 * query however many teams.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Set<LocalDate>> reviewWeeksOf(Collection<Long> teamIds, LocalDate from, LocalDate to) {
		return reviews.weeksOf(teamIds, from, to);
	}
}
