package dev.lodestar.cocreation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A facilitator adopts or drops an item (or takes the decision back: {@code PROPOSED}), as of its version. Dropping
 * needs a reason: the decision log tells the team later why an idea did not make it.
 */
public record ItemDecision(@NotNull ItemState state, @Size(max = 1000) String reason, @NotNull Integer version) {

	String strippedReason() {
		return reason == null ? "" : reason.strip();
	}
}
