package dev.lodestar.pulse.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.Pulse;

/**
 * The admins' list of pulses, with the form that opens one.
 *
 * @param cycles the newest cycles that have no pulse yet, to open one for
 * @param notice a message key saying what just happened; absent otherwise
 */
public record PulseAdminPage(Shell shell, List<Pulse> pulses, List<Cycle> cycles, String cycleId, String idempotencyKey,
		FormErrors errors, String notice) {

	public List<String> otherErrors() {
		return errors.otherThan(List.of("cycleId"));
	}
}
