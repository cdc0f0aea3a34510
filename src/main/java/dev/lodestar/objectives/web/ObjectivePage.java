package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.Shell;

/**
 * One objective with everything about it: its owner and cycle, who may see it when it is private, its key results
 * as rows, and its thread. {@code keyResultCapNotice} explains the cap when no key result may be added;
 * {@code notices} why a change asked from the page itself (confirming a draft) was refused.
 */
public record ObjectivePage(Shell shell, ObjectiveView view, Cycle cycle, OwnerLink owner, List<String> viewerNames,
		List<KeyResultRow> rows, boolean mayChange, List<String> keyResultCapNotice, CommentsSection comments,
		List<String> notices) {

	/** The same page with why a change was refused, shown at its top. */
	ObjectivePage withNotices(List<String> refusals) {
		return new ObjectivePage(shell, view, cycle, owner, viewerNames, rows, mayChange, keyResultCapNotice, comments,
				List.copyOf(refusals));
	}

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
