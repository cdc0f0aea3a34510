package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.List;

/**
 * A signal's value for a team (or the organisation) in a cycle, its band, and the evidence behind it.
 *
 * @param value null when there is nothing to measure
 * @param evidenceCount how many objectives, key results or people make the value; at most {@link #EVIDENCE_KEPT} of
 *        them are kept as {@code evidence}
 */
public record SignalResult(HealthSignal signal, BigDecimal value, HealthBand band, int evidenceCount,
		List<Evidence> evidence) {

	/** Enough to act on and to see a pattern; the value counts them all. */
	public static final int EVIDENCE_KEPT = 50;

	public SignalResult {
		evidence = List.copyOf(evidence);
	}

	/** A share of {@code part} in {@code whole}, or not measured when there is no whole. */
	static SignalResult share(HealthSignal signal, List<Evidence> part, int whole) {
		if (whole == 0) {
			return new SignalResult(signal, null, HealthBand.NOT_MEASURED, 0, List.of());
		}
		BigDecimal value = BigDecimal.valueOf(part.size()).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP);
		return new SignalResult(signal, value, signal.bandOf(value), part.size(),
				part.subList(0, Math.min(part.size(), EVIDENCE_KEPT)));
	}
}
