package dev.lodestar.alignment;

import java.util.List;

/** A contribution request with every step of its conversation, oldest first. */
public record ContributionThread(ContributionRequest request, List<ContributionStep> steps) {

	public ContributionThread {
		steps = List.copyOf(steps);
	}
}
