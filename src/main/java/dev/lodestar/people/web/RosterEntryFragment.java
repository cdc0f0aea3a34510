package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** One chosen person, added to a team form's leads or members without reloading it. */
public record RosterEntryFragment(Shell shell, RosterEntry entry) {
}
