package dev.lodestar.objectives;

import java.util.Collection;
import java.util.Map;

/**
 * The latest check-in of each key result. The check-ins module provides it, so that progress can be shown
 * with every objective while this module knows nothing of check-ins.
 */
public interface KeyResultReadings {

	/** One query, whatever the number of key results; a key result never checked in is absent. */
	Map<Long, Reading> latestOf(Collection<Long> keyResultIds);
}
