package dev.lodestar.scoring;

/** What a review pack sums up: one week (Monday to Sunday) or a whole cycle. */
public enum ReviewPackScope {

	WEEK, CYCLE
}
