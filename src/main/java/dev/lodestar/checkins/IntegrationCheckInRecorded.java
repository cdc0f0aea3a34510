package dev.lodestar.checkins;

import java.time.Instant;

/**
 * An integration's check-in (a CHECKINS_WRITE token's) was recorded: published in the check-in's transaction, beside
 * {@link CheckInRecorded}, so that what follows an integration hears it however the check-in came in.
 */
public record IntegrationCheckInRecorded(long checkInId, long keyResultId, long personId, Instant at) {
}
