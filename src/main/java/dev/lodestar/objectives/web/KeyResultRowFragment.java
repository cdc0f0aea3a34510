package dev.lodestar.objectives.web;

import dev.lodestar.platform.web.Shell;

/** One row again, after a check-in changed it. */
public record KeyResultRowFragment(Shell shell, KeyResultRow row) {
}
