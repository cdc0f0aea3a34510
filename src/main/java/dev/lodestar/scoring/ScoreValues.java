package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import dev.lodestar.platform.errors.FieldViolation;

/**
 * The one rule every score obeys, self-scores and the score a teammate suggests alike: 0.0 to 1.0 in steps of
 * 0.1. Finer steps would pretend a precision that a judgement does not have.
 */
public final class ScoreValues {

	private ScoreValues() {
	}

	/** Why {@code value} is not a score, if it is not: missing, out of range, or finer than one decimal. */
	public static Optional<FieldViolation> violation(String field, BigDecimal value) {
		if (value == null) {
			return Optional.of(new FieldViolation(field, "validation.NotNull"));
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			return Optional.of(new FieldViolation(field, "validation.score-range"));
		}
		if (value.stripTrailingZeros().scale() > 1) {
			return Optional.of(new FieldViolation(field, "validation.score-step"));
		}
		return Optional.empty();
	}
}
