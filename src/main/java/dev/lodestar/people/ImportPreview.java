package dev.lodestar.people;

import java.util.List;

/**
 * What a clean import file would bring in, before anything is saved: its people, and its teams with all their
 * leads and members (also those whose own row names the team).
 */
public record ImportPreview(ImportSummary summary, List<ImportedPerson> people, List<ImportedTeam> teams) {

	public ImportPreview {
		people = List.copyOf(people);
		teams = List.copyOf(teams);
	}
}
