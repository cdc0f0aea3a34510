package dev.lodestar.scoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A team's review meeting of one week.
 *
 * @param weekOf the Monday of the week
 */
public record WeeklyReview(long id, long teamId, long cycleId, LocalDate weekOf, ReviewState state, long openedBy,
		Instant openedAt, Instant revealedAt, Instant closedAt, int version) {

	/** The live stream's topic: every change of this review is signalled on it. */
	public String topic() {
		return topicOf(id);
	}

	static String topicOf(long reviewId) {
		return "review-" + reviewId;
	}
}
