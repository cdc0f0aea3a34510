package dev.lodestar.health;

import java.time.Instant;
import java.util.List;

/**
 * A team's health in a cycle: the signals computed so far (form, autonomy, transparency; ADR 0009), from stored
 * results computed at {@code computedAt}.
 */
public record TeamHealth(long teamId, String teamName, long cycleId, String cycleName, Instant computedAt,
		List<SignalView> signals) {

	public TeamHealth {
		signals = List.copyOf(signals);
	}
}
