package dev.lodestar.objectives;

import java.util.List;

import dev.lodestar.cycles.Cycle;

/** Every objective of a cycle the caller may see, optionally one team's, with key results and progress. */
public record CycleOverview(Cycle cycle, List<ObjectiveView> objectives) {

	public CycleOverview {
		objectives = List.copyOf(objectives);
	}
}
