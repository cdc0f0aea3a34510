package dev.lodestar.readiness;

import java.util.HashMap;
import java.util.Map;

/** Answers to the questionnaire, built per condition as the tests need them. */
final class ReadinessAnswering {

	private ReadinessAnswering() {
	}

	/**
	 * Every question of a condition answered so that it scores {@code scored}: the reversed ones with the mirrored
	 * answer.
	 */
	static Map<String, Object> scoring(int exploratory, int authorising, int selfDriven) {
		Map<String, Object> answers = new HashMap<>();
		for (ReadinessQuestion question : ReadinessQuestion.values()) {
			int scored = switch (question.condition()) {
				case EXPLORATORY_WORK -> exploratory;
				case AUTHORISING_MANAGERS -> authorising;
				case SELF_DRIVEN_PEOPLE -> selfDriven;
			};
			answers.put(question.name(), question.reversed() ? 6 - scored : scored);
		}
		return answers;
	}

	static Map<String, Object> body(Map<String, Object> answers) {
		return Map.of("answers", answers);
	}
}
