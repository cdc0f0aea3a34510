package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.objectives.Reading;

/**
 * A key result on a review's board: its latest check-in, how its confidence moved, its current self-score, the
 * reader's own feedback and how many teammates gave feedback. The feedback itself ({@code feedback}) is empty until
 * the lead reveals it — for the lead too.
 *
 * @param band            what the current score says, in the method's words
 * @param confidenceTrend the confidence of its latest check-ins, oldest first
 * @param feedbackCount   how many teammates gave feedback on it in this review
 * @param mayGiveFeedback whether the reader may give (or change) feedback on its score now
 * @param mayRevise       whether the reader owns it and may revise its score after the reveal
 */
public record ReviewKeyResult(long id, long objectiveId, String title, long ownerPersonId, String ownerName,
		BigDecimal progress, Reading latest, List<Integer> confidenceTrend, Score score, ScoreBand band, ScoreFeedback mine,
		int feedbackCount, List<ReviewFeedbackLine> feedback, boolean mayGiveFeedback, boolean mayRevise) {

	public ReviewKeyResult {
		confidenceTrend = List.copyOf(confidenceTrend);
		feedback = List.copyOf(feedback);
	}
}
