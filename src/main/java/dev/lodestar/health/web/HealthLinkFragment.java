package dev.lodestar.health.web;

import dev.lodestar.platform.web.Shell;

/** Loaded into the team's page: a link to its health for those who may read it. */
public record HealthLinkFragment(Shell shell, long teamId, boolean shown) {
}
