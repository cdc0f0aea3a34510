package dev.lodestar.audit.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/** A page of a cycle's change history, newest first; {@code nextPage} leads to older entries, if any. */
public record CycleHistoryFragment(Shell shell, long cycleId, List<HistoryLine> lines, Integer nextPage) {
}
