package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A teammate's revealed word on a self-score: agreed ({@code suggested} null) or would score it otherwise.
 *
 * @param judged the self-score the feedback was given on
 */
public record ReviewPackFeedback(LocalDate weekOf, long authorId, String authorName, BigDecimal suggested,
		BigDecimal judged, String comment) {

	public boolean agrees() {
		return suggested == null;
	}
}
