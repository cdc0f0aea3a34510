package dev.lodestar.readiness;

/** The three conditions under which OKR succeeds, as the method names them. */
public enum ReadinessCondition {
	EXPLORATORY_WORK, AUTHORISING_MANAGERS, SELF_DRIVEN_PEOPLE
}
