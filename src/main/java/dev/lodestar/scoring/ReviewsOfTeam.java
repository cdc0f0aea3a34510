package dev.lodestar.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A team's weekly reviews: this week's, if opened, and the latest ones.
 *
 * @param mayOpen whether the reader may open this week's review (a lead or an admin, while a cycle runs)
 */
public record ReviewsOfTeam(long teamId, String teamName, LocalDate weekOf, WeeklyReview thisWeek, boolean mayOpen,
		List<WeeklyReview> latest) {

	public ReviewsOfTeam {
		latest = List.copyOf(latest);
	}
}
