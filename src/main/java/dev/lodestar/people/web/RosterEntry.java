package dev.lodestar.people.web;

/**
 * A person chosen as lead or member of a team on the team form.
 *
 * @param field {@code leadIds} or {@code memberIds}, the form field the person's id is sent in
 */
public record RosterEntry(long personId, String name, String field) {

	static final String LEADS = "leadIds";

	static final String MEMBERS = "memberIds";
}
