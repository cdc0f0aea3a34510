package dev.lodestar.health;

import java.util.List;

import dev.lodestar.platform.web.Page;

/**
 * The organisation's health in a cycle, read from the teams' stored results: for every signal how many teams stand
 * where ({@code summary}), the heat map of one page of teams × signals, and the trend over the cycles of the same
 * rhythm — adoption takes one to two years, so the trend is the headline.
 *
 * @param computedTeams how many teams have results in the cycle
 */
public record OrganisationHealth(long cycleId, String cycleName, int computedTeams, List<BandCounts> summary,
		Page<TeamRow> teams, List<OrganisationTrendPoint> trend) {

	public OrganisationHealth {
		summary = List.copyOf(summary);
		trend = List.copyOf(trend);
	}
}
