package dev.lodestar.objectives.web;

import java.util.stream.Collectors;

import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.Shell;

/** An objective's progress again, after a check-in on one of its key results moved it. */
public record ObjectiveProgressFragment(Shell shell, ObjectiveView view) {

	/** {@code checked-in-7 from:body, checked-in-8 from:body}; absent while the objective has no key result. */
	static String checkInTriggers(ObjectiveView view) {
		if (view.keyResults().isEmpty()) {
			return null;
		}
		return view.keyResults().stream()
			.map(keyResult -> "checked-in-" + keyResult.keyResult().id() + " from:body")
			.collect(Collectors.joining(", "));
	}

	public String checkInTriggers() {
		return checkInTriggers(view);
	}
}
