package dev.lodestar.alignment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.people.TeamBranch;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;

/** The options of the contribution forms: what a team may ask help for, whom it may ask, what a key result may join. */
@Component
class ContributionChoices {

	private final ObjectiveManagement objectives;

	private final ObjectiveSummaries summaries;

	private final TeamManagement teams;

	ContributionChoices(ObjectiveManagement objectives, ObjectiveSummaries summaries, TeamManagement teams) {
		this.objectives = objectives;
		this.summaries = summaries;
		this.teams = teams;
	}

	/** The key results of the team's public objectives in the cycle: only those may be served by a request. */
	List<Option> servedKeyResults(Caller caller, Long cycleId, Long teamId) {
		if (cycleId == null || teamId == null) {
			return List.of();
		}
		List<Option> options = new ArrayList<>();
		for (var view : objectives.overview(caller, cycleId, teamId).objectives()) {
			if (view.objective().visibility() != Visibility.PUBLIC) {
				continue;
			}
			for (var keyResult : view.keyResults()) {
				options.add(Option.of(keyResult.keyResult().id(),
						view.objective().title() + " · " + keyResult.keyResult().title()));
			}
		}
		return options;
	}

	/** Every team but the asking one, by name. */
	List<Option> otherTeams(Long askingTeamId) {
		List<Option> options = new ArrayList<>();
		addBranches(teams.tree(), askingTeamId, options);
		options.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));
		return options;
	}

	/** The asked team's objectives of the cycle that the reader may see. */
	List<Option> objectivesOf(Caller caller, Long cycleId, Long teamId) {
		if (cycleId == null || teamId == null) {
			return List.of();
		}
		return summaries.ofTeams(caller, cycleId, List.of(teamId))
			.stream()
			.filter(ObjectiveSummary::visible)
			.map(summary -> Option.of(summary.id(), summary.title()))
			.toList();
	}

	private static void addBranches(List<TeamBranch> branches, Long skipped, List<Option> options) {
		for (TeamBranch branch : branches) {
			if (skipped == null || branch.id() != skipped) {
				options.add(Option.of(branch.id(), branch.name()));
			}
			addBranches(branch.children(), skipped, options);
		}
	}
}
