package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.Objective;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Rewording an objective or changing who sees it. After someone else saved it meanwhile, {@code current} holds
 * what they saved (with {@code currentViewerNames}) beside what the reader typed; otherwise it is absent.
 */
public record EditObjectivePage(Shell shell, Objective objective, OwnerLink owner, Cycle cycle, ObjectiveForm form,
		FormErrors errors, List<Choice> viewers, Objective current, List<String> currentViewerNames) {

	public List<String> errorsOf(String field) {
		return ObjectiveForm.EDIT.messages(errors, field);
	}

	public List<String> generalErrors() {
		return ObjectiveForm.EDIT.unplaced(errors);
	}
}
