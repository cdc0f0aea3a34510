package dev.lodestar.scoring;

import java.util.List;

/** An objective in a review pack: its score, whose it is, and its key results over the period. */
public record ReviewPackObjective(ObjectiveScore score, String ownerName, List<ReviewPackKeyResult> keyResults) {

	public ReviewPackObjective {
		keyResults = List.copyOf(keyResults);
	}
}
