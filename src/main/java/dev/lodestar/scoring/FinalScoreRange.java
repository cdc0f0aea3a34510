package dev.lodestar.scoring;

import java.math.BigDecimal;

/**
 * Where a final score falls, as OKR health may know it: met in full (0.9 or more: the target was not a stretch),
 * near zero (0.3 or less) or in between. Never the score itself, which stays inside this module (ADR 0006, 0009).
 */
public enum FinalScoreRange {

	MET_IN_FULL, IN_BETWEEN, NEAR_ZERO;

	private static final BigDecimal FULL = new BigDecimal("0.9");

	private static final BigDecimal ZERO = new BigDecimal("0.3");

	static FinalScoreRange of(BigDecimal score) {
		return score.compareTo(FULL) >= 0 ? MET_IN_FULL : score.compareTo(ZERO) <= 0 ? NEAR_ZERO : IN_BETWEEN;
	}
}
