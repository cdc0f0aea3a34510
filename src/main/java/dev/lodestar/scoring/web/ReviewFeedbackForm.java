package dev.lodestar.scoring.web;

import java.util.UUID;

import dev.lodestar.platform.web.FormNumbers;
import dev.lodestar.scoring.ScoreFeedback;
import dev.lodestar.scoring.ScoreFeedbackInput;

/**
 * The feedback form as typed: {@code opinion} is {@code agree} or {@code score} ("I would score it"), with the
 * score and a comment. {@code version} is that of the reader's feedback it changes, 0 for new.
 */
public record ReviewFeedbackForm(String opinion, String suggestedScore, String comment, String version, String idempotencyKey) {

	static final String AGREE = "agree";

	static final String SCORE = "score";

	static ReviewFeedbackForm of(ScoreFeedback mine) {
		if (mine == null) {
			return new ReviewFeedbackForm(AGREE, "", "", "0", UUID.randomUUID().toString());
		}
		return new ReviewFeedbackForm(mine.agrees() ? AGREE : SCORE,
				mine.suggestedScore() == null ? "" : mine.suggestedScore().toPlainString(), mine.comment(),
				String.valueOf(mine.version()), UUID.randomUUID().toString());
	}

	/** What could be read from the fields; a score that is not a number is refused as missing. */
	ScoreFeedbackInput toInput() {
		boolean agrees = !SCORE.equals(opinion);
		return new ScoreFeedbackInput(agrees, agrees ? null : FormNumbers.decimal(suggestedScore), comment, whole(version));
	}

	boolean scoreIsNotANumber() {
		return SCORE.equals(opinion) && suggestedScore != null && !suggestedScore.isBlank() && FormNumbers.decimal(suggestedScore) == null;
	}

	public boolean agrees() {
		return !SCORE.equals(opinion);
	}

	private static Integer whole(String text) {
		try {
			return text == null || text.isBlank() ? 0 : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}
}
