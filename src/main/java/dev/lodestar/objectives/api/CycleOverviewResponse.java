package dev.lodestar.objectives.api;

import java.util.List;

import dev.lodestar.cycles.Cycle;

record CycleOverviewResponse(Cycle cycle, List<ObjectiveResponse> objectives) {
}
