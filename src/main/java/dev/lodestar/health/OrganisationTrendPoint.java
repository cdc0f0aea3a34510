package dev.lodestar.health;

import java.util.List;

/** The organisation in one cycle of its trend: for every signal, how many teams stand where. */
public record OrganisationTrendPoint(long cycleId, String cycleName, List<BandCounts> signals) {

	public OrganisationTrendPoint {
		signals = List.copyOf(signals);
	}
}
