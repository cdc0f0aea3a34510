package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** Everyone in the organisation, searchable, a page at a time. */
public record AdminPeoplePage(Shell shell, PeopleList list) {
}
