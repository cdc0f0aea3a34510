package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest check-in of a key result, as the objectives see it: a milestone reads 1 when done, 0 when not. */
public record Reading(long checkInId, BigDecimal value, int confidence, String note, long authorId,
		Instant checkedInAt) {
}
