package dev.lodestar.alignment.web;

import java.util.UUID;

import dev.lodestar.alignment.NewAlignmentLink;
import dev.lodestar.platform.errors.InvalidInputException;

/**
 * The "Align to…" form as typed: the search text, the chosen parent ({@code objective-12} or {@code key-result-34},
 * one radio button per choice) and the key made with the form, so a double click links once.
 */
public record AlignmentForm(String q, String parent, String idempotencyKey) {

	static final String OBJECTIVE = "objective-";

	static final String KEY_RESULT = "key-result-";

	static AlignmentForm empty() {
		return new AlignmentForm("", null, UUID.randomUUID().toString());
	}

	/** Roll-up starts off: the method favours autonomy over arithmetic; the parent's owners may turn it on. */
	NewAlignmentLink toCommand() {
		Long objectiveId = idAfter(OBJECTIVE);
		Long keyResultId = idAfter(KEY_RESULT);
		if (objectiveId == null && keyResultId == null) {
			throw InvalidInputException.of("parent", "validation.alignment-parent-needed");
		}
		return new NewAlignmentLink(objectiveId, keyResultId, false);
	}

	public boolean chose(String value) {
		return value.equals(parent);
	}

	private Long idAfter(String prefix) {
		if (parent == null || !parent.startsWith(prefix)) {
			return null;
		}
		try {
			return Long.valueOf(parent.substring(prefix.length()));
		}
		catch (NumberFormatException notAnId) {
			return null;
		}
	}
}
