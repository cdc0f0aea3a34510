package dev.lodestar.scoring;

import java.time.LocalDate;
import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.people.Team;

/**
 * A team's week or cycle on one page, made from check-ins, scores and the weekly reviews, so nobody prepares
 * slides: the team's and its people's objectives as far as the reader may see them, and what the reviews recorded.
 *
 * @param from the period's first day (a Monday, or the cycle's start)
 * @param to   the period's last day (a Sunday, or the cycle's end)
 */
public record ReviewPack(Team team, Cycle cycle, ReviewPackScope scope, LocalDate from, LocalDate to,
		ReviewPackSummary summary, List<ReviewPackObjective> objectives, List<ReviewPackReview> reviews) {

	public ReviewPack {
		objectives = List.copyOf(objectives);
		reviews = List.copyOf(reviews);
	}
}
