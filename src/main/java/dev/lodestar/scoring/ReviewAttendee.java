package dev.lodestar.scoring;

import java.time.Instant;

/** Someone who joined the review. */
public record ReviewAttendee(long personId, String name, Instant joinedAt) {
}
