package dev.lodestar.readiness;

import java.util.Map;

/** One person's answers: each question's name with a value from 1 to 5. Never stored as such, only counted. */
public record ReadinessAnswers(Map<String, Integer> answers) {

	/**
	 * Without the answers: the web layer logs a handler's arguments at TRACE, the caller beside them, and that line
	 * would say who answered what (ADR 0015).
	 */
	@Override
	public String toString() {
		return "ReadinessAnswers[" + (answers == null ? 0 : answers.size()) + " answers]";
	}
}
