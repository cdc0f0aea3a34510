package dev.lodestar.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A weekly review of the period: its state (OPEN, REVEALED or CLOSED), who attended and what was decided.
 */
public record ReviewPackReview(long id, LocalDate weekOf, String state, List<Long> attendeeIds, List<String> attendees,
		List<ReviewPackDecision> decisions) {

	public ReviewPackReview {
		attendeeIds = List.copyOf(attendeeIds);
		attendees = List.copyOf(attendees);
		decisions = List.copyOf(decisions);
	}

	/** The message key of the state, e.g. {@code pack.review-state.REVEALED}. */
	public String stateKey() {
		return "pack.review-state." + state;
	}
}
