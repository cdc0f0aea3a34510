package dev.lodestar.people;

import java.util.List;

/** A team row of an import file, as read: its parent by name, its leads and members by e-mail. */
public record ImportedTeam(int row, String name, String parent, List<String> leads, List<String> members) {

	public ImportedTeam {
		leads = List.copyOf(leads);
		members = List.copyOf(members);
	}
}
