package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.List;

import dev.lodestar.objectives.Caps;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

/** The caps form as typed. */
public record CapsForm(String maxObjectivesPerOwner, String maxKeyResultsPerObjective, Integer version) {

	static CapsForm of(Caps caps) {
		return new CapsForm(String.valueOf(caps.maxObjectivesPerOwner()), String.valueOf(caps.maxKeyResultsPerObjective()),
				caps.version());
	}

	/** "five" in a number field is a refusal of its own, not a missing number. */
	Caps toCaps() {
		List<FieldViolation> violations = new ArrayList<>();
		Integer objectives = whole(maxObjectivesPerOwner, "maxObjectivesPerOwner", violations);
		Integer keyResults = whole(maxKeyResultsPerObjective, "maxKeyResultsPerObjective", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Caps(objectives, keyResults, version);
	}

	private static Integer whole(String text, String field, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			violations.add(new FieldViolation(field, "validation.must-be-whole-number"));
			return null;
		}
	}
}
