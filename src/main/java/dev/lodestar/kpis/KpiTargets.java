package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.lodestar.platform.errors.FieldViolation;

/**
 * A KPI's target and the two thresholds that split its values into healthy, warning and critical. How the thresholds
 * read depends on the direction:
 * <ul>
 * <li>higher is better: healthy at or above {@code healthy}, critical below {@code critical} (so critical &lt; healthy);</li>
 * <li>lower is better: healthy at or below {@code healthy}, critical above {@code critical} (so healthy &lt; critical);</li>
 * <li>within a band: tolerances around the target, healthy within {@code healthy} of it, critical beyond
 * {@code critical} (so 0 &le; healthy &lt; critical).</li>
 * </ul>
 */
public record KpiTargets(KpiDirection direction, BigDecimal target, BigDecimal healthy, BigDecimal critical) {

	/** Overshooting a target counts, but only so far: one KPI cannot make up for all the others in an appraisal. */
	public static final BigDecimal ATTAINMENT_CAP = new BigDecimal("1.2");

	private static final int SCALE = 4;

	/** Thresholds in the wrong order for the direction, as a message next to the critical threshold. */
	public List<FieldViolation> violations() {
		if (direction == null || target == null || healthy == null || critical == null) {
			return List.of();
		}
		FieldViolation outOfOrder = switch (direction) {
			case HIGHER_IS_BETTER -> critical.compareTo(healthy) < 0 ? null
					: new FieldViolation("criticalThreshold", "validation.kpi-thresholds.HIGHER_IS_BETTER");
			case LOWER_IS_BETTER -> healthy.compareTo(critical) < 0 ? null
					: new FieldViolation("criticalThreshold", "validation.kpi-thresholds.LOWER_IS_BETTER");
			case WITHIN_BAND -> healthy.signum() >= 0 && healthy.compareTo(critical) < 0 ? null
					: new FieldViolation("criticalThreshold", "validation.kpi-thresholds.WITHIN_BAND");
		};
		return outOfOrder == null ? List.of() : List.of(outOfOrder);
	}

	public KpiHealth health(BigDecimal value) {
		if (value == null) {
			return KpiHealth.UNKNOWN;
		}
		return switch (direction) {
			case HIGHER_IS_BETTER -> value.compareTo(healthy) >= 0 ? KpiHealth.HEALTHY
					: value.compareTo(critical) < 0 ? KpiHealth.CRITICAL : KpiHealth.WARNING;
			case LOWER_IS_BETTER -> value.compareTo(healthy) <= 0 ? KpiHealth.HEALTHY
					: value.compareTo(critical) > 0 ? KpiHealth.CRITICAL : KpiHealth.WARNING;
			case WITHIN_BAND -> {
				BigDecimal distance = value.subtract(target).abs();
				yield distance.compareTo(healthy) <= 0 ? KpiHealth.HEALTHY
						: distance.compareTo(critical) > 0 ? KpiHealth.CRITICAL : KpiHealth.WARNING;
			}
		};
	}

	/**
	 * How far a value meets the target, from 0 to {@link #ATTAINMENT_CAP}: value ÷ target when higher is better,
	 * 2 − value ÷ target when lower is better (a target of zero or less is met or not), and within a band 1 inside the
	 * healthy tolerance, 0 beyond the critical one and linear between. The appraisal page states the same formula.
	 */
	public BigDecimal attainment(BigDecimal value) {
		BigDecimal raw = switch (direction) {
			case HIGHER_IS_BETTER -> target.signum() > 0 ? value.divide(target, SCALE, RoundingMode.HALF_UP)
					: value.compareTo(target) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
			case LOWER_IS_BETTER -> target.signum() > 0
					? BigDecimal.valueOf(2).subtract(value.divide(target, SCALE, RoundingMode.HALF_UP))
					: value.compareTo(target) <= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
			case WITHIN_BAND -> {
				BigDecimal distance = value.subtract(target).abs();
				yield distance.compareTo(healthy) <= 0 ? BigDecimal.ONE
						: distance.compareTo(critical) >= 0 ? BigDecimal.ZERO
								: critical.subtract(distance).divide(critical.subtract(healthy), SCALE, RoundingMode.HALF_UP);
			}
		};
		return raw.max(BigDecimal.ZERO).min(ATTAINMENT_CAP).setScale(SCALE, RoundingMode.HALF_UP);
	}
}
