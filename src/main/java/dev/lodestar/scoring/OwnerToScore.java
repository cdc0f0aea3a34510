package dev.lodestar.scoring;

import java.util.List;

/** One owner's key results that still lack a final score. */
public record OwnerToScore(long personId, String name, List<UnscoredKeyResult> keyResults) {

	public OwnerToScore {
		keyResults = List.copyOf(keyResults);
	}
}
