package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.Shell;

/**
 * One objective with everything about it: its owner and cycle, who may see it when it is private, its key results
 * as rows, and its thread. {@code keyResultCapNotice} explains the cap when no key result may be added.
 */
public record ObjectivePage(Shell shell, ObjectiveView view, Cycle cycle, OwnerLink owner, List<String> viewerNames,
		List<KeyResultRow> rows, boolean mayChange, List<String> keyResultCapNotice, CommentsSection comments) {

	/** Whether the reader may add a key result now: they may change the objective and it has room. */
	public boolean mayAddKeyResult() {
		return mayChange && keyResultCapNotice.isEmpty();
	}

	/** The htmx trigger that fires whenever one of the key results was checked in on: the progress moves then. */
	public String checkInTriggers() {
		return ObjectiveProgressFragment.checkInTriggers(view);
	}

	/** The change history loads with the page and again after every check-in, which it records too. */
	public String changeTriggers() {
		String checkIns = checkInTriggers();
		return checkIns == null ? "load" : "load, " + checkIns;
	}
}
