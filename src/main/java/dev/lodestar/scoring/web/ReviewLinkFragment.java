package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.Shell;

/** The link from a team's page to its weekly review, shown to the team's people and admins only. */
public record ReviewLinkFragment(Shell shell, long teamId, boolean shown) {
}
