package dev.lodestar.readiness;

/** A question of the questionnaire in the reader's language. */
public record ReadinessQuestionText(ReadinessQuestion question, ReadinessCondition condition, String conditionName,
		boolean reversed, String text) {
}
