package dev.lodestar.objectives.web;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.Shell;

/** Finds the objective a form changes: absent to those who may not see it, refused to those who may not change it. */
@Component
class ChangeableObjectives {

	private final ObjectiveManagement objectives;

	ChangeableObjectives(ObjectiveManagement objectives) {
		this.objectives = objectives;
	}

	ObjectiveView require(Shell shell, long id) {
		ObjectiveView view = objectives.find(shell.caller(), id).orElseThrow(() -> new NotFoundException("objective", id));
		if (!view.objective().mayBeChangedBy(shell.caller())) {
			throw new ForbiddenException("problem.forbidden.objective-owner");
		}
		return view;
	}
}
