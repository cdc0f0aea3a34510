package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.people.Person;
import dev.lodestar.platform.web.Shell;

/** The people matching what the admin typed into a team's people picker: a handful, never everyone. */
public record PeoplePickerResults(Shell shell, String query, List<Person> matches, long totalMatches) {
}
