package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.people.Person;
import dev.lodestar.people.Team;
import dev.lodestar.platform.web.Shell;

/** A person: their objectives in a cycle, their teams, and (fetched by the page) their recent check-ins. */
public record PersonPage(Shell shell, Person person, List<Team> teams, Cycle cycle, List<Cycle> cycles,
		List<ObjectiveCard> cards) {

	public boolean isMe() {
		return shell.caller().personId() == person.id();
	}
}
