package dev.lodestar.checkins;

import dev.lodestar.objectives.KeyResult;

/** A check-in with the key result it was made on, for lists across key results. */
public record RecentCheckIn(KeyResult keyResult, CheckIn checkIn) {
}
