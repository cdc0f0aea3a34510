package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** The people list alone, as htmx fetches it while the admin types a search or turns a page. */
public record AdminPeopleRows(Shell shell, PeopleList list) {
}
