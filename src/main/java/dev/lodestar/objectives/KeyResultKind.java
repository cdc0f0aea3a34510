package dev.lodestar.objectives;

/** How a key result is measured: every key result is measurable, by construction. */
public enum KeyResultKind {

	/** From a start value up to a higher target, in a unit. */
	INCREASE,

	/** From a start value down to a lower target, in a unit. */
	DECREASE,

	/** A percentage, from a start (0 unless said) to a target within 0–100. */
	PERCENTAGE,

	/** Done or not done. */
	MILESTONE;

	public boolean isNumeric() {
		return this != MILESTONE;
	}
}
