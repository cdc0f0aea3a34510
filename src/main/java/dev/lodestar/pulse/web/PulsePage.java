package dev.lodestar.pulse.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.CurrentPulse;
import dev.lodestar.pulse.PulseQuestion;

/**
 * The open pulse to answer.
 *
 * @param current the open pulse; null while none is open
 * @param chosen the answers sent, by question name, to show again when they were refused
 * @param notice a message key saying what just happened; absent otherwise
 */
public record PulsePage(Shell shell, CurrentPulse current, Map<String, String> chosen, FormErrors errors, String notice) {

	public List<Integer> scale() {
		return java.util.stream.IntStream.rangeClosed(PulseQuestion.LOWEST, PulseQuestion.HIGHEST).boxed().toList();
	}

	public boolean chose(PulseQuestion question, int answer) {
		return String.valueOf(answer).equals(chosen.get(question.name()));
	}

	public List<String> generalErrors() {
		return errors.otherThan(java.util.Arrays.stream(PulseQuestion.values()).map(q -> "answers." + q.name()).toList());
	}
}
