package dev.lodestar.kpis;

import jakarta.validation.constraints.Size;

/**
 * Starts a recovery objective from a KPI in critical health. Both fields are optional: without a title the
 * objective gets a suggested one for its owner to rewrite, without a cycle it goes into the current open cycle.
 */
public record NewRecovery(@Size(max = 200) String title, Long cycleId) {

	public static NewRecovery suggested() {
		return new NewRecovery(null, null);
	}
}
