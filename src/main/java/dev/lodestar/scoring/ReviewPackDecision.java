package dev.lodestar.scoring;

import java.time.Instant;

/** A decision a review recorded, about the whole review or one key result (then named). */
public record ReviewPackDecision(String text, String authorName, Instant recordedAt, Long keyResultId,
		String keyResultTitle) {
}
