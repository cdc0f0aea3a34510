package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** The team tree, sub-teams indented under their parents, and a search over all teams. */
public record AdminTeamsPage(Shell shell, TeamList list) {
}
