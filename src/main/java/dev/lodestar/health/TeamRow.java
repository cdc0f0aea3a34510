package dev.lodestar.health;

import java.util.Map;

/** A team's line of the organisation's heat map: the band of each signal in the cycle. */
public record TeamRow(long teamId, String teamName, Map<HealthSignal, HealthBand> bands) {

	public TeamRow {
		bands = Map.copyOf(bands);
	}
}
