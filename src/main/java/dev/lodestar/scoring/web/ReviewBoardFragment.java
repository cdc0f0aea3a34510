package dev.lodestar.scoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ReviewBoard;
import dev.lodestar.scoring.ReviewKeyResult;

/** The live part of a review's page: state, attendees, the objectives with their key results, decisions. */
public record ReviewBoardFragment(Shell shell, ReviewBoard board) {

	/** A score as the method writes it, one decimal: 0.6, 1.0. */
	public static String score(BigDecimal value) {
		return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** An objective's score, two decimals at most: 0.65. */
	public static String mean(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().scale() <= 1 ? score(value) : value.toPlainString();
	}

	/** The confidence trend, oldest first: 8 → 7 → 5. */
	public static String trend(ReviewKeyResult keyResult) {
		return keyResult.confidenceTrend().stream().map(String::valueOf).collect(Collectors.joining(" → "));
	}

	public ReviewFeedbackFormFragment formOf(ReviewKeyResult keyResult) {
		return new ReviewFeedbackFormFragment(shell, board.review().id(), keyResult.id(), keyResult.title(),
				ReviewFeedbackForm.of(keyResult.mine()), FormErrors.none(), true, false);
	}
}
