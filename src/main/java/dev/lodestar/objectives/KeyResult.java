package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import dev.lodestar.platform.jdbc.SqlValues;

/** A measurable outcome under one objective, with one owner person; a draft waits for its owners to confirm it. */
public record KeyResult(long id, long objectiveId, int position, String title, KeyResultKind kind, BigDecimal start,
		BigDecimal target, String unit, long ownerPersonId, int version, boolean draft) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * How far {@code value} has moved from start to target, 0–100 with one decimal, clamped at both ends. One
	 * formula serves increasing and decreasing key results: the sign of target minus start carries the direction.
	 * No value yet means no progress; a milestone is 0 or 100.
	 */
	public BigDecimal progressAt(BigDecimal value) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		if (kind == KeyResultKind.MILESTONE) {
			return value.signum() > 0 ? HUNDRED : BigDecimal.ZERO;
		}
		BigDecimal from = start == null ? BigDecimal.ZERO : start;
		BigDecimal share = value.subtract(from).divide(target.subtract(from), MathContext.DECIMAL64).multiply(HUNDRED);
		return SqlValues.plain(share.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP));
	}
}
