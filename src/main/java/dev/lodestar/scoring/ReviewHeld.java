package dev.lodestar.scoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A team's weekly review was closed. Counts only: like every event of this module it carries no score and no
 * feedback, so listeners learn that the team met, never what it judged.
 */
public record ReviewHeld(long reviewId, long teamId, long cycleId, LocalDate weekOf, int attendees, int feedbacks,
		int decisions, Instant at) {
}
