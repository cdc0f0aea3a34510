package dev.lodestar.cycles.web;

import java.util.List;

import dev.lodestar.cycles.CycleState;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Plans a cycle ({@code cycleId} absent) or changes one: its name, its dates, and its state, forward only. A closed
 * cycle offers the reopen form instead of a way back in the state field.
 *
 * @param states        the states the cycle may be put in: from its current one onwards
 * @param notice        a message key saying what just happened; absent otherwise
 * @param current       the cycle's state as stored; absent while planning
 * @param reopenReason  the reason as typed into the reopen form
 * @param reopenErrors  why the reopen form was refused
 */
public record AdminCyclePage(Shell shell, Long cycleId, CycleForm form, FormErrors errors, List<CycleState> states,
		String notice, CycleState current, String reopenReason, FormErrors reopenErrors) {

	static final List<String> FIELDS = List.of("name", "startsOn", "endsOn", "state");

	AdminCyclePage(Shell shell, Long cycleId, CycleForm form, FormErrors errors, List<CycleState> states, String notice) {
		this(shell, cycleId, form, errors, states, notice, null, "", FormErrors.none());
	}

	public boolean planning() {
		return cycleId == null;
	}

	public boolean closed() {
		return current == CycleState.CLOSED;
	}

	/** The close-out page serves open cycles and shows closed ones, so every saved cycle links to it. */
	public boolean linksToClosing() {
		return cycleId != null;
	}

	public List<String> otherErrors() {
		return errors.otherThan(FIELDS);
	}

	public List<String> otherReopenErrors() {
		return reopenErrors.otherThan(List.of("reason"));
	}
}
