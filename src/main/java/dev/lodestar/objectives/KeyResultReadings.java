package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Map;

/**
 * What check-ins say about key results: the latest of each, and when a week of check-ins begins. The check-ins
 * module provides it, so that progress can be shown with every objective while this module knows nothing of
 * check-ins.
 */
public interface KeyResultReadings {

	/** One query, whatever the number of key results; a key result never checked in is absent. */
	Map<Long, Reading> latestOf(Collection<Long> keyResultIds);

	/**
	 * The latest value of each key result, and nothing else: one query, lighter than {@link #latestOf} for pictures of
	 * thousands of objectives. A key result never checked in is absent.
	 */
	Map<Long, BigDecimal> latestValuesOf(Collection<Long> keyResultIds);

	/** The day a week of check-ins starts, as the organisation chose it: "not checked in this week" counts from it. */
	DayOfWeek checkInDay();
}
