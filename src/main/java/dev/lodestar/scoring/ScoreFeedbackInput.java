package dev.lodestar.scoring;

import java.math.BigDecimal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Feedback on a key result's current score: {@code agrees}, or the score the author would give instead, with a
 * comment (needed when disagreeing: a number alone teaches nothing). {@code version} is 0 for new feedback, else
 * the version of the author's feedback it changes.
 */
public record ScoreFeedbackInput(@NotNull Boolean agrees, BigDecimal suggestedScore, @Size(max = 1000) String comment,
		@NotNull @Min(0) Integer version) {

	public static ScoreFeedbackInput agree(String comment, int version) {
		return new ScoreFeedbackInput(true, null, comment, version);
	}

	public static ScoreFeedbackInput wouldScore(BigDecimal score, String comment, int version) {
		return new ScoreFeedbackInput(false, score, comment, version);
	}

	String strippedComment() {
		return comment == null ? "" : comment.strip();
	}
}
