package dev.lodestar.cocreation;

import java.util.List;

/** An objective of a team above, with its key results: what a proposed objective could align to. */
public record SupportableObjective(long objectiveId, String title, long teamId, String teamName,
		List<SupportableKeyResult> keyResults) {

	public SupportableObjective {
		keyResults = List.copyOf(keyResults);
	}

	public record SupportableKeyResult(long keyResultId, String title) {
	}
}
