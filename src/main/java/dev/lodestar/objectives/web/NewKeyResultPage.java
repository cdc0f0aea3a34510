package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Adding a key result to an objective; {@code capNotice} explains the cap when the objective has no room left. */
public record NewKeyResultPage(Shell shell, ObjectiveView objective, KeyResultForm form, FormErrors errors,
		List<Choice> owners, List<String> capNotice) {

	/** A full objective takes no key result, so there is no form; unless one was just refused: what was typed stays. */
	public boolean showsForm() {
		return capNotice.isEmpty() || errors.any();
	}

	public List<String> errorsOf(String field) {
		return KeyResultForm.FIELDS.messages(errors, field);
	}

	/** What belongs to no field; the cap is said once, in its own notice. */
	public List<String> generalErrors() {
		return KeyResultForm.FIELDS.unplaced(errors).stream().filter(message -> !capNotice.contains(message)).toList();
	}
}
