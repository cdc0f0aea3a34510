package dev.lodestar.people;

import java.util.List;

/** A person row of an import file, as read: {@code teams} names the teams they become a member of. */
public record ImportedPerson(int row, String name, String email, String locale, boolean admin, List<String> teams) {

	public ImportedPerson {
		teams = List.copyOf(teams);
	}
}
