package dev.lodestar.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

	/** A share of {@code part} in {@code whole}, the part its evidence; not measured when there is no whole. */
	static SignalResult share(HealthSignal signal, List<Evidence> part, int whole) {
		return whole == 0 ? notMeasured(signal) : of(signal, ratio(part.size(), whole), part);
	}

	/**
	 * A share of {@code part} in {@code whole} whose evidence is what falls short (for a signal that worsens as it
	 * falls, the objectives that are not aligned, say); not measured when there is no whole.
	 */
	static SignalResult share(HealthSignal signal, int part, int whole, List<Evidence> shortOf) {
		return whole == 0 ? notMeasured(signal) : of(signal, ratio(part, whole), shortOf);
	}

	static SignalResult of(HealthSignal signal, BigDecimal value, List<Evidence> evidence) {
		return new SignalResult(signal, value, signal.bandOf(value), evidence.size(),
				evidence.subList(0, Math.min(evidence.size(), EVIDENCE_KEPT)));
	}

	static SignalResult notMeasured(HealthSignal signal) {
		return new SignalResult(signal, null, HealthBand.NOT_MEASURED, 0, List.of());
	}

	private static BigDecimal ratio(int part, int whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}
}
