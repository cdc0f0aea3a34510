package dev.lodestar.scoring.web;

import java.math.BigDecimal;

import dev.lodestar.scoring.NewScore;

/**
 * The score form as typed. {@code version} is the score it replaces, so a score changed meanwhile (in another tab,
 * in the weekly review) is reported instead of overwritten.
 */
public record ScoreForm(String score, String reason, String weight, String version, String idempotencyKey) {

	NewScore toCommand() {
		return new NewScore(decimal(score), reason, decimal(weight), whole(version));
	}

	boolean scoreIsNotANumber() {
		return score != null && !score.isBlank() && decimal(score) == null;
	}

	boolean weightIsNotANumber() {
		return weight != null && !weight.isBlank() && decimal(weight) == null;
	}

	private static BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static Integer whole(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
