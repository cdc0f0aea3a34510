package dev.lodestar.health;

/**
 * Where a signal stands. {@code NOT_MEASURED} is not a value: the facts are missing (nothing to measure yet) or the
 * capability that records them is not built yet — never shown as zero.
 */
public enum HealthBand {

	HEALTHY, WATCH, AT_RISK, NOT_MEASURED
}
