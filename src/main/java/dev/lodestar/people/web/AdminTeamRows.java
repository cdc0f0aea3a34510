package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** The tree or the search results alone, as htmx fetches them while the admin types. */
public record AdminTeamRows(Shell shell, TeamList list) {
}
