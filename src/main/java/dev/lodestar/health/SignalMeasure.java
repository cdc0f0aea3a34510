package dev.lodestar.health;

/** What a signal's value counts. */
public enum SignalMeasure {

	/** A share of objectives, key results, people or weeks, 0–1. */
	SHARE,

	/** How many objectives, key results or links. */
	COUNT,

	/** How many weeks of the cycle so far. */
	WEEKS
}
