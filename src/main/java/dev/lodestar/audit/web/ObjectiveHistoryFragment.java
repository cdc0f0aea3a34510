package dev.lodestar.audit.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/** A page of an objective's change history, newest first; {@code nextPage} leads to older entries, if any. */
public record ObjectiveHistoryFragment(Shell shell, long objectiveId, List<HistoryLine> lines, Integer nextPage) {
}
