package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a teammate said about a key result's score in a review: that they agree, or the score they would give.
 * It names the score it judged, so a later revision does not change what was said about what.
 *
 * @param suggestedScore null when the author agrees
 */
public record ScoreFeedback(long id, long reviewId, long keyResultId, long scoreId, long authorId, boolean agrees,
		BigDecimal suggestedScore, String comment, int version, Instant createdAt, Instant updatedAt) {
}
