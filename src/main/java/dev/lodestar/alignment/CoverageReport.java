package dev.lodestar.alignment;

import java.util.List;

/**
 * The coverage of a cycle for the organisation ({@code teamId} null, with a line for every team) or for one team
 * ({@code teams} empty).
 *
 * @param teams the teams that own an objective the reader may see or take part in a long-waiting request, by id
 */
public record CoverageReport(long cycleId, Long teamId, Coverage coverage, List<TeamCoverage> teams) {

	public CoverageReport {
		teams = List.copyOf(teams);
	}
}
