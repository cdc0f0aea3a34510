package dev.lodestar.showcase.web;

import dev.lodestar.showcase.NewNomination;

/** The nomination form as typed; {@code idempotencyKey} is made when it is shown, so a double click nominates once. */
public record NominationForm(String theme, String note, String idempotencyKey) {

	static NominationForm empty() {
		return new NominationForm("", "", java.util.UUID.randomUUID().toString());
	}

	NewNomination toCommand(long objectiveId) {
		return new NewNomination(objectiveId, theme, note);
	}
}
