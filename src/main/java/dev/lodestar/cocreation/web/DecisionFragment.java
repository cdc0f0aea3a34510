package dev.lodestar.cocreation.web;

import dev.lodestar.cocreation.ItemState;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** A facilitator's buttons to adopt, drop or reconsider an item, with the reason for the decision log. */
public record DecisionFragment(Shell shell, long sessionId, long itemId, ItemState state, DecisionForm form,
		FormErrors errors) {
}
