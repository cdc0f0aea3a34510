package dev.lodestar.people;

import java.util.List;

/** What a clean import file would bring in, before anything is saved. */
public record ImportPreview(ImportSummary summary, List<ImportedPerson> people, List<ImportedTeam> teams) {

	public ImportPreview {
		people = List.copyOf(people);
		teams = List.copyOf(teams);
	}
}
