package dev.lodestar.objectives;

import java.util.List;

import dev.lodestar.platform.errors.FieldViolation;

/** What saving a draft would say about it now: the fields it would refuse, and the hints its wording earns. */
public record DraftReview(List<FieldViolation> violations, List<Hint> hints) {

	public DraftReview {
		violations = List.copyOf(violations);
		hints = List.copyOf(hints);
	}
}
