package dev.lodestar.health;

import java.time.Instant;
import java.util.List;

/**
 * A team's health in a cycle, from stored results computed at {@code computedAt} (ADR 0009), and its trend: the
 * signals' values in the cycles of the same rhythm before this one and in this one, oldest first.
 */
public record TeamHealth(long teamId, String teamName, long cycleId, String cycleName, Instant computedAt,
		List<SignalView> signals, List<TrendPoint> trend) {

	public TeamHealth {
		signals = List.copyOf(signals);
		trend = List.copyOf(trend);
	}
}
