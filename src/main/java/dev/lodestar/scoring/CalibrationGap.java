package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.lodestar.platform.jdbc.SqlValues;

/**
 * How far teammates' revealed feedback lies from the self-scores it judged: the mean of (suggested − self-score),
 * where "agree" counts as 0. Positive means teammates would score higher than the owner did.
 *
 * @param mean two decimals; null while there is no feedback
 */
public record CalibrationGap(int count, BigDecimal mean) {

	/** One teammate's word on one self-score; {@code suggested} is null when they agreed. */
	public record Judgement(BigDecimal selfScore, BigDecimal suggested) {

		BigDecimal difference() {
			return suggested == null ? BigDecimal.ZERO : suggested.subtract(selfScore);
		}
	}

	public static CalibrationGap of(List<Judgement> judgements) {
		if (judgements.isEmpty()) {
			return new CalibrationGap(0, null);
		}
		BigDecimal sum = judgements.stream().map(Judgement::difference).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CalibrationGap(judgements.size(),
				SqlValues.plain(sum.divide(BigDecimal.valueOf(judgements.size()), 2, RoundingMode.HALF_UP)));
	}

	/** The message key of the plain-language reading, with {@link #amount()} as its argument. */
	public String readingKey() {
		if (mean == null) {
			return "calibration.gap.none";
		}
		return switch (mean.signum()) {
			case 1 -> "calibration.gap.higher";
			case -1 -> "calibration.gap.lower";
			default -> "calibration.gap.same";
		};
	}

	/** How far apart, without the direction the reading says in words. */
	public BigDecimal amount() {
		return mean == null ? null : mean.abs();
	}
}
