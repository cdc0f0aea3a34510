package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.people.Team;
import dev.lodestar.platform.web.Shell;

/** A team: its objectives in a cycle, its leads and members, its parent and sub-teams. */
public record TeamPage(Shell shell, Team team, String parentName, List<Team> subTeams, Map<Long, String> peopleNames,
		Cycle cycle, List<Cycle> cycles, List<ObjectiveCard> cards) {

	public boolean mayAddObjective() {
		return shell.caller().admin() || shell.caller().belongsTo(team.id());
	}
}
