package dev.lodestar.scoring;

import java.util.List;

/**
 * A weekly review as one reader may see it: the team's objectives, then each lead's and member's, as far as the
 * reader may see them, with what the team said. Before the reveal, others' feedback shows as a number only.
 *
 * @param lead     whether the reader leads the review (a lead of the team, or an admin)
 * @param teammate whether the reader is on the team, so gives feedback and counts as attending
 */
public record ReviewBoard(WeeklyReview review, String teamName, String cycleName, boolean lead, boolean teammate,
		List<ReviewObjective> objectives, List<ReviewAttendee> attendees, List<ReviewDecisionLine> decisions) {

	public ReviewBoard {
		objectives = List.copyOf(objectives);
		attendees = List.copyOf(attendees);
		decisions = List.copyOf(decisions);
	}

	/** Key results of the board, for the decision form's choice. */
	public List<ReviewKeyResult> keyResults() {
		return objectives.stream().flatMap(objective -> objective.keyResults().stream()).toList();
	}
}
