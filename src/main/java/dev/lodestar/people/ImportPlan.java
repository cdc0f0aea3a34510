package dev.lodestar.people;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clean import file, ready to save: new people and teams, and the people and teams that already exist which
 * its rows name.
 *
 * @param knownPeople ids of existing active people, by e-mail
 * @param knownTeams ids of existing teams whose name is used once, by name
 */
record ImportPlan(List<ImportedPerson> people, List<ImportedTeam> teams, Map<String, Long> knownPeople,
		Map<String, Long> knownTeams) {

	/** Leads and members of a team, by e-mail; someone named as both is a lead. */
	record Roster(Set<String> leads, Set<String> members) {

		int size() {
			return leads.size() + members.size();
		}
	}

	/** The roster of each new team, by name: its leads and members, and the people whose row names it. */
	Map<String, Roster> newRosters() {
		Map<String, Roster> rosters = new LinkedHashMap<>();
		for (ImportedTeam team : teams) {
			Set<String> leads = new LinkedHashSet<>(team.leads());
			Set<String> members = new LinkedHashSet<>(team.members());
			rosters.put(team.name(), new Roster(leads, members));
		}
		for (ImportedPerson person : people) {
			person.teams().stream().filter(rosters::containsKey).forEach(name -> rosters.get(name).members().add(person.email()));
		}
		rosters.values().forEach(roster -> roster.members().removeAll(roster.leads()));
		return rosters;
	}

	/** The new members of existing teams, by team id: the people whose row names such a team. */
	Map<Long, Set<String>> joinedExistingTeams() {
		Map<Long, Set<String>> joined = new LinkedHashMap<>();
		Set<String> newTeamNames = new LinkedHashSet<>(teams.stream().map(ImportedTeam::name).toList());
		for (ImportedPerson person : people) {
			person.teams().stream()
				.filter(name -> !newTeamNames.contains(name))
				.forEach(name -> joined.computeIfAbsent(knownTeams.get(name), id -> new LinkedHashSet<>()).add(person.email()));
		}
		return joined;
	}

	ImportSummary summary() {
		int memberships = newRosters().values().stream().mapToInt(Roster::size).sum()
				+ joinedExistingTeams().values().stream().mapToInt(Set::size).sum();
		return new ImportSummary(people.size(), teams.size(), memberships);
	}

	/** The people and teams as they will be saved: each team with everyone who joins it, by their row or by its own. */
	ImportPreview preview() {
		var rosters = newRosters();
		List<ImportedTeam> formed = teams.stream()
			.map(team -> new ImportedTeam(team.row(), team.name(), team.parent(), List.copyOf(rosters.get(team.name()).leads()),
					List.copyOf(rosters.get(team.name()).members())))
			.toList();
		return new ImportPreview(summary(), people, formed);
	}
}
