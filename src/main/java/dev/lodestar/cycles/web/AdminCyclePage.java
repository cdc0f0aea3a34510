package dev.lodestar.cycles.web;

import java.util.List;

import dev.lodestar.cycles.CycleState;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Plans a cycle ({@code cycleId} absent) or changes one: its name, its dates, and its state, forward only.
 *
 * @param states the states the cycle may be put in: from its current one onwards
 * @param notice a message key saying what just happened; absent otherwise
 */
public record AdminCyclePage(Shell shell, Long cycleId, CycleForm form, FormErrors errors, List<CycleState> states,
		String notice) {

	static final List<String> FIELDS = List.of("name", "startsOn", "endsOn", "state");

	public boolean planning() {
		return cycleId == null;
	}

	public List<String> otherErrors() {
		return errors.otherThan(FIELDS);
	}
}
