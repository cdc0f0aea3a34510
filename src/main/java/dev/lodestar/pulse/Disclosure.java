package dev.lodestar.pulse;

/** Whether a group's pulse result may be shown, and if not, why. */
public enum Disclosure {

	/** At least five of the group answered, and showing it lets nobody work out a smaller group. */
	SHOWN,

	/**
	 * The pulse is still open: nothing is shown until it closes, or anyone watching the result before and after a
	 * colleague answered could read that one answer off the difference.
	 */
	PULSE_OPEN,

	/** Fewer than five of the group answered. */
	NOT_ENOUGH_ANSWERS,

	/**
	 * Enough answered, but the organisation's result minus the teams shown would then give away a group of fewer
	 * than five: this team is held back to protect them.
	 */
	WITHHELD
}
