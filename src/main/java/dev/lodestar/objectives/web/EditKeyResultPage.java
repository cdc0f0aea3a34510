package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Changing a key result (its kind stays). After someone else saved it meanwhile, {@code current} holds what they
 * saved, with its owner's name, beside what the reader typed; otherwise it is absent.
 */
public record EditKeyResultPage(Shell shell, ObjectiveView objective, KeyResult keyResult, KeyResultForm form,
		FormErrors errors, List<Choice> owners, KeyResult current, String currentOwnerName) {

	public List<String> errorsOf(String field) {
		return KeyResultForm.FIELDS.messages(errors, field);
	}

	public List<String> generalErrors() {
		return KeyResultForm.FIELDS.unplaced(errors);
	}
}
