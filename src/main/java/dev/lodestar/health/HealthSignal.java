package dev.lodestar.health;

import java.math.BigDecimal;

/**
 * The catalogue of health signals with the method's default thresholds. A signal gets worse either as its value
 * rises ({@link Worse#HIGHER}: at or above {@code watch} is WATCH, at or above {@code atRisk} AT RISK) or as it falls
 * ({@link Worse#LOWER}: below {@code watch} is WATCH, below {@code atRisk} AT RISK). {@code docs/health.md} writes the
 * same thresholds out, with what each signal means and what the method advises; a test keeps the two in step.
 */
public enum HealthSignal {

	/** Final scores of 0.9 or more: targets set to be met, not to stretch. */
	SANDBAGGED_SCORES(SignalFamily.AMBITION, SignalMeasure.SHARE, Worse.HIGHER, "0.2", "0.4"),

	/** Final scores of 0.3 or less: objectives set without belief, or abandoned. */
	FAILED_SCORES(SignalFamily.AMBITION, SignalMeasure.SHARE, Worse.HIGHER, "0.3", "0.5"),

	/** Key results whose target equals their start or last cycle's result: nothing to move. */
	FLAT_TARGETS(SignalFamily.AMBITION, SignalMeasure.SHARE, Worse.HIGHER, "0.1", "0.25"),

	/** The same metric as a key result cycle after cycle: it has become a KPI. */
	REUSED_METRICS(SignalFamily.AMBITION, SignalMeasure.COUNT, Worse.HIGHER, "1", "3"),

	/** Objectives with numbers in the title: a KPI dressed as an objective. */
	NUMBERS_IN_OBJECTIVES(SignalFamily.FORM, SignalMeasure.SHARE, Worse.HIGHER, "0.2", "0.4"),

	/** Key results worded as activities rather than outcomes. */
	ACTIVITY_KEY_RESULTS(SignalFamily.FORM, SignalMeasure.SHARE, Worse.HIGHER, "0.2", "0.4"),

	/** Objectives with fewer than two key results: not yet said how success will be known. */
	THIN_OBJECTIVES(SignalFamily.FORM, SignalMeasure.SHARE, Worse.HIGHER, "0.2", "0.4"),

	/** Attempts to set a sixth objective or a fifth key result, refused by the caps. */
	CAP_REFUSALS(SignalFamily.FORM, SignalMeasure.COUNT, Worse.HIGHER, "1", "5"),

	/** Objectives set for their owners by someone else: assigned, not owned. */
	SET_FOR_OTHERS(SignalFamily.AUTONOMY, SignalMeasure.SHARE, Worse.HIGHER, "0.3", "0.5"),

	/** Objectives that came out of a co-creation meeting or a horizontal request. */
	CO_CREATED(SignalFamily.AUTONOMY, SignalMeasure.SHARE, Worse.LOWER, "0.3", "0.1"),

	/** Proposals in the team's co-creation sessions made by its members rather than its leads. */
	BOTTOM_UP_PROPOSALS(SignalFamily.AUTONOMY, SignalMeasure.SHARE, Worse.LOWER, "0.5", "0.25"),

	/** Objectives that support an objective or key result above. */
	ALIGNED_UPWARD(SignalFamily.ALIGNMENT, SignalMeasure.SHARE, Worse.LOWER, "0.6", "0.3"),

	/** Contributions agreed with other teams, asked or given. */
	HORIZONTAL_LINKS(SignalFamily.ALIGNMENT, SignalMeasure.COUNT, Worse.LOWER, "2", "1"),

	/** Objectives of a team with sub-teams that nothing below supports. */
	UNSUPPORTED_OBJECTIVES(SignalFamily.ALIGNMENT, SignalMeasure.SHARE, Worse.HIGHER, "0.5", "0.8"),

	/** Private objectives: the exception, not the habit. */
	PRIVATE_OBJECTIVES(SignalFamily.TRANSPARENCY, SignalMeasure.SHARE, Worse.HIGHER, "0.1", "0.25"),

	/** Members who own no visible objective and no key result of one. */
	MEMBERS_WITHOUT_VISIBLE_OKRS(SignalFamily.TRANSPARENCY, SignalMeasure.SHARE, Worse.HIGHER, "0.2", "0.5"),

	/** Weeks of the cycle so far in which none of the team's key results was checked in. */
	WEEKS_WITHOUT_CHECK_IN(SignalFamily.FOLLOW_UP, SignalMeasure.WEEKS, Worse.HIGHER, "2", "4"),

	/** Key results checked in more than once whose confidence never changed. */
	CONFIDENCE_NEVER_CHANGED(SignalFamily.FOLLOW_UP, SignalMeasure.SHARE, Worse.HIGHER, "0.5", "0.8"),

	/** Key results whose value has not moved for three weeks or more. */
	STALLED_KEY_RESULTS(SignalFamily.FOLLOW_UP, SignalMeasure.SHARE, Worse.HIGHER, "0.3", "0.6"),

	/** Weeks of the cycle so far in which the team held its weekly review. */
	WEEKLY_REVIEWS_HELD(SignalFamily.FOLLOW_UP, SignalMeasure.SHARE, Worse.LOWER, "0.75", "0.4");

	/** The direction in which a signal gets worse. */
	public enum Worse {
		HIGHER, LOWER
	}

	private final SignalFamily family;

	private final SignalMeasure measure;

	private final Worse worse;

	private final BigDecimal watch;

	private final BigDecimal atRisk;

	HealthSignal(SignalFamily family, SignalMeasure measure, Worse worse, String watch, String atRisk) {
		this.family = family;
		this.measure = measure;
		this.worse = worse;
		this.watch = new BigDecimal(watch);
		this.atRisk = new BigDecimal(atRisk);
	}

	public SignalFamily family() {
		return family;
	}

	public SignalMeasure measure() {
		return measure;
	}

	public Worse worse() {
		return worse;
	}

	public BigDecimal watch() {
		return watch;
	}

	public BigDecimal atRisk() {
		return atRisk;
	}

	/** The band of a value; no value (nothing to measure) is not measured, never healthy. */
	public HealthBand bandOf(BigDecimal value) {
		if (value == null) {
			return HealthBand.NOT_MEASURED;
		}
		if (worse == Worse.HIGHER) {
			return value.compareTo(atRisk) >= 0 ? HealthBand.AT_RISK
					: value.compareTo(watch) >= 0 ? HealthBand.WATCH : HealthBand.HEALTHY;
		}
		return value.compareTo(atRisk) < 0 ? HealthBand.AT_RISK
				: value.compareTo(watch) < 0 ? HealthBand.WATCH : HealthBand.HEALTHY;
	}

	/** The message keys of the signal's name, its explanation and the method's advice. */
	public String messageKey(String part) {
		return "health.signal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + part;
	}
}
