package dev.lodestar.readiness.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.readiness.Questionnaire;
import dev.lodestar.readiness.ReadinessCheck;
import dev.lodestar.readiness.ReadinessQuestion;

/**
 * A readiness check: the questionnaire for those of the team who have not answered, and where the team stands once
 * enough answered.
 *
 * @param answers what a refused form sent, by question, so nothing is lost
 * @param notice a message key saying what just happened; absent otherwise
 */
public record ReadinessCheckPage(Shell shell, ReadinessCheck check, Questionnaire questionnaire, Map<String, String> answers,
		FormErrors errors, String notice) {

	public List<Integer> values() {
		return List.of(1, 2, 3, 4, 5);
	}

	public boolean chose(ReadinessQuestion question, int value) {
		return String.valueOf(value).equals(answers.get(question.name()));
	}

	public static String field(ReadinessQuestion question) {
		return "answers." + question.name();
	}

	public List<String> otherErrors() {
		return errors.otherThan(questionnaire.questions().stream().map(question -> field(question.question())).toList());
	}
}
