package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Setting a new objective: in which cycle, for whom, and what. {@code capNotice} explains the cap when the chosen
 * owner has no room left in the cycle, before anyone types a word.
 */
public record NewObjectivePage(Shell shell, ObjectiveForm form, FormErrors errors, List<Choice> cycles,
		List<ChoiceGroup> owners, List<Choice> viewers, List<String> capNotice) {

	public List<String> errorsOf(String field) {
		return ObjectiveForm.NEW.messages(errors, field);
	}

	/** What belongs to no field; the cap is said once, in its own notice. */
	public List<String> generalErrors() {
		return ObjectiveForm.NEW.unplaced(errors).stream().filter(message -> !capNotice.contains(message)).toList();
	}
}
