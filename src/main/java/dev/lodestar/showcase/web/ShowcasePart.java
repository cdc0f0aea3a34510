package dev.lodestar.showcase.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.ShowcaseCredit;
import dev.lodestar.showcase.ShowcaseEntry;

/**
 * Loaded into an objective's page: the example it was started from, if any; its own place in the showcase; and, for a
 * public objective not yet nominated, the form to nominate it (to add it, for a coach).
 */
public record ShowcasePart(Shell shell, long objectiveId, ShowcaseCredit credit, ShowcaseEntry entry, boolean showable,
		NominationForm form, FormErrors errors) {

	/** A draft started from an example is not offered: its example is in the showcase already. */
	public boolean nominable() {
		return showable && entry == null && credit == null;
	}

	public boolean coach() {
		return shell.caller().coach();
	}
}
