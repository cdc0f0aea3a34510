package dev.lodestar.objectives.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.Shell;

/** Who may own a key result, as the form offers it: the objective's owner or its team's people, and the reader. */
@Component
class KeyResultOwnerChoices {

	private final PeopleManagement people;

	private final TeamManagement teams;

	KeyResultOwnerChoices(PeopleManagement people, TeamManagement teams) {
		this.people = people;
		this.teams = teams;
	}

	List<Choice> owners(Shell shell, ObjectiveView objective, Long current) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(shell.caller().personId());
		if (current != null) {
			ids.add(current);
		}
		Owner owner = objective.objective().owner();
		if (owner.isTeam()) {
			teams.find(owner.teamId()).ifPresent(team -> {
				ids.addAll(team.leadIds());
				ids.addAll(team.memberIds());
			});
		}
		else {
			ids.add(owner.personId());
		}
		return people.namesOf(ids).entrySet().stream()
			.map(entry -> new Choice(String.valueOf(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
	}
}
