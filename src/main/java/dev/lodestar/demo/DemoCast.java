package dev.lodestar.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.lodestar.people.Person;
import dev.lodestar.platform.security.Caller;

/**
 * Who is who in the loaded demo company, by roster key (the e-mail's local part, {@code admin} for the admin):
 * enough to act as any of them without another query, so that each objective and check-in is written by a real
 * member of the team it belongs to.
 */
record DemoCast(Caller admin, Map<String, Person> people, Map<String, Long> teamIds, Map<String, List<String>> rosters) {

	DemoCast {
		people = Map.copyOf(people);
		teamIds = Map.copyOf(teamIds);
		rosters = Map.copyOf(rosters);
	}

	long personId(String personKey) {
		return person(personKey).id();
	}

	long teamId(String teamKey) {
		Long id = teamIds.get(teamKey);
		if (id == null) {
			throw new IllegalArgumentException("The demo roster has no team " + teamKey);
		}
		return id;
	}

	/** Leads first, then members. */
	List<String> roster(String teamKey) {
		return rosters.get(teamKey);
	}

	Caller caller(String personKey) {
		Person person = person(personKey);
		Set<Long> teams = new HashSet<>();
		rosters.forEach((teamKey, roster) -> {
			if (roster.contains(personKey)) {
				teams.add(teamIds.get(teamKey));
			}
		});
		return new Caller(person.id(), person.name(), person.admin(), Locale.forLanguageTag(person.locale()), teams);
	}

	static Map<String, List<String>> rostersOf(List<DemoRoster.DemoTeam> teams) {
		Map<String, List<String>> rosters = new HashMap<>();
		for (DemoRoster.DemoTeam team : teams) {
			rosters.put(team.key(), Stream.concat(team.leads().stream(), team.members().stream()).toList());
		}
		return rosters;
	}

	private Person person(String personKey) {
		Person person = people.get(personKey);
		if (person == null) {
			throw new IllegalArgumentException("The demo roster has no person " + personKey);
		}
		return person;
	}
}
