package dev.lodestar.objectives.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.Objective;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Builds the edit form of an objective: its owner and cycle to show, the viewers to choose from, a conflict to explain. */
@Component
class EditObjectivePages {

	private final CycleManagement cycles;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final ObjectiveFormChoices choices;

	EditObjectivePages(CycleManagement cycles, PeopleManagement people, TeamManagement teams, ObjectiveFormChoices choices) {
		this.cycles = cycles;
		this.people = people;
		this.teams = teams;
		this.choices = choices;
	}

	/** {@code current} is what someone else saved meanwhile, to show beside what was typed; absent otherwise. */
	EditObjectivePage pageOf(Shell shell, Objective objective, ObjectiveForm form, FormErrors errors, Objective current) {
		var owner = objective.owner();
		OwnerLink ownerLink = owner.isTeam()
				? new OwnerLink(teams.namesOf(List.of(owner.teamId())).get(owner.teamId()), "/teams/" + owner.teamId())
				: new OwnerLink(people.namesOf(List.of(owner.personId())).get(owner.personId()), "/people/" + owner.personId());
		List<String> currentViewerNames = current == null ? List.of()
				: people.namesOf(current.viewerIds()).values().stream().sorted().toList();
		return new EditObjectivePage(shell, objective, ownerLink, cycles.find(objective.cycleId()).orElseThrow(), form,
				errors, choices.viewers(shell, form.toRevision().viewerIds(), choices.people()), current, currentViewerNames);
	}
}
