package dev.lodestar.scoring.web;

import java.util.UUID;

import dev.lodestar.scoring.ReviewDecisionInput;

/** The decision form as typed: the text and, optionally, the key result it is about. */
public record ReviewDecisionForm(String keyResultId, String text, String idempotencyKey) {

	static ReviewDecisionForm empty() {
		return new ReviewDecisionForm("", "", UUID.randomUUID().toString());
	}

	ReviewDecisionInput toInput() {
		Long keyResult = null;
		if (keyResultId != null && !keyResultId.isBlank()) {
			try {
				keyResult = Long.valueOf(keyResultId.strip());
			}
			catch (NumberFormatException notAnId) {
				keyResult = -1L;
			}
		}
		return new ReviewDecisionInput(keyResult, text);
	}
}
