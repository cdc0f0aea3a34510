package dev.lodestar.readiness.web;

import dev.lodestar.platform.web.Shell;

/** Loaded into the team's page: a link to its readiness checks for the team's people and admins. */
public record ReadinessLinkFragment(Shell shell, long teamId, boolean shown) {
}
