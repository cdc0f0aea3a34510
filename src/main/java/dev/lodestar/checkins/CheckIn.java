package dev.lodestar.checkins;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A dated update of a key result. {@code value} is set for numeric key results, {@code done} for milestones;
 * {@code progress} is how far this value had come, 0–100. {@code tokenId} names the API token it came with, if any.
 */
public record CheckIn(long id, long keyResultId, BigDecimal value, Boolean done, int confidence, String note,
		long authorId, Instant checkedInAt, BigDecimal progress, CheckInSource source, Long tokenId) {
}
