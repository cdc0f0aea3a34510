package dev.lodestar.scoring;

import java.time.Instant;

/** What the team decided in a review, optionally about one key result. */
public record ReviewDecision(long id, long reviewId, Long keyResultId, String text, long authorId, Instant recordedAt) {
}
