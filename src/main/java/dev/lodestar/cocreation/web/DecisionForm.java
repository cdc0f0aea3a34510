package dev.lodestar.cocreation.web;

import dev.lodestar.cocreation.ItemDecision;
import dev.lodestar.cocreation.ItemState;
import dev.lodestar.cocreation.SessionItem;
import dev.lodestar.platform.web.FormNumbers;

/** A facilitator's decision as typed: the state chosen by the button pressed, the reason and the item's version. */
public record DecisionForm(String state, String reason, String version) {

	static DecisionForm of(SessionItem item) {
		return new DecisionForm(item.state().name(), "", String.valueOf(item.version()));
	}

	ItemDecision toDecision() {
		ItemState chosen = null;
		for (ItemState candidate : ItemState.values()) {
			if (candidate.name().equals(state)) {
				chosen = candidate;
			}
		}
		Integer typedOver = FormNumbers.whole(version);
		return new ItemDecision(chosen, reason, typedOver == null ? -1 : typedOver);
	}
}
