package dev.lodestar.pulse;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One group's pulse in one cycle.
 *
 * @param answers how many of the group answered; only when shown
 * @param needed how many more answers would show it; only when there are not enough yet
 * @param means the mean answer (1–5) for each need; empty unless shown
 */
public record PulseReading(long pulseId, long cycleId, String cycleName, PulseState state, Disclosure disclosure,
		Integer answers, Integer needed, Map<Need, BigDecimal> means) {
}
