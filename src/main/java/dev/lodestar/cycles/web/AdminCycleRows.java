package dev.lodestar.cycles.web;

import dev.lodestar.platform.web.Shell;

/** The cycle list alone, as htmx fetches it while the admin searches or filters. */
public record AdminCycleRows(Shell shell, CycleList list) {
}
