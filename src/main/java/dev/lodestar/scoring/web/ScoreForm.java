package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.FormNumbers;
import dev.lodestar.scoring.NewScore;

/**
 * The score form as typed. {@code version} is the score it replaces, so a score changed meanwhile (in another tab,
 * in the weekly review) is reported instead of overwritten.
 */
public record ScoreForm(String score, String reason, String weight, String version, String idempotencyKey) {

	NewScore toCommand() {
		return new NewScore(FormNumbers.decimal(score), reason, FormNumbers.decimal(weight), FormNumbers.whole(version));
	}

	boolean scoreIsNotANumber() {
		return score != null && !score.isBlank() && FormNumbers.decimal(score) == null;
	}

	boolean weightIsNotANumber() {
		return weight != null && !weight.isBlank() && FormNumbers.decimal(weight) == null;
	}
}
