package dev.lodestar.cocreation.web;

import dev.lodestar.platform.web.Shell;

/** Loaded into the team's page, which knows nothing of co-creation. */
public record LinkFragment(Shell shell, long teamId) {
}
