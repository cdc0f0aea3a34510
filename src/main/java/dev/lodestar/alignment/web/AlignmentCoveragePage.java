package dev.lodestar.alignment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.lodestar.alignment.CoverageReport;
import dev.lodestar.alignment.TeamCoverage;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.objectives.Owner;
import dev.lodestar.platform.web.Shell;

/**
 * Alignment coverage of a cycle, for the organisation or for one team ({@code teamId}); {@code report} is null when
 * there is no cycle yet.
 *
 * @param teams every team, for the filter, in the tree's order
 * @param teamNames every team's name, for the table and the requests
 * @param personNames the names of the people who own a listed objective
 */
public record AlignmentCoveragePage(Shell shell, Cycle cycle, List<Cycle> cycles, Long teamId, List<TeamOption> teams,
		Map<Long, String> teamNames, CoverageReport report, Map<Long, String> personNames) {

	/**
	 * How many objectives a list shows: the figures count them all, but a page of thousands helps nobody; a team's
	 * own coverage lists the rest.
	 */
	public static final int LISTED = 100;

	/** The first {@link #LISTED} of a list. */
	public static List<ObjectiveSummary> listed(List<ObjectiveSummary> objectives) {
		return objectives.subList(0, Math.min(LISTED, objectives.size()));
	}

	/** How many of a list are not shown. */
	public static int notListed(List<ObjectiveSummary> objectives) {
		return Math.max(0, objectives.size() - LISTED);
	}

	public String teamName(long id) {
		return teamNames.getOrDefault(id, "");
	}

	public String ownerName(Owner owner) {
		return owner.isTeam() ? teamName(owner.teamId()) : personNames.getOrDefault(owner.personId(), "");
	}

	/** The organisation's lines, by team name, so a team is found where a reader looks for it. */
	public List<TeamCoverage> teamLines() {
		return report.teams().stream()
			.sorted(Comparator.comparing((TeamCoverage line) -> teamName(line.teamId())).thenComparingLong(TeamCoverage::teamId))
			.toList();
	}

	/** The address of this page for another team (null: the organisation), in the same cycle. */
	public String linkTo(Long team) {
		return "/alignment/coverage?cycle=" + cycle.id() + (team == null ? "" : "&team=" + team);
	}
}
