package dev.lodestar.objectives;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Turns objectives into views with key results and progress in two queries, however many objectives:
 * one for their key results, one for the key results' latest check-ins.
 */
@Component
class ObjectiveViews {

	private final KeyResultRepository keyResults;

	private final KeyResultReadings readings;

	ObjectiveViews(KeyResultRepository keyResults, KeyResultReadings readings) {
		this.keyResults = keyResults;
		this.readings = readings;
	}

	List<ObjectiveView> of(List<Objective> objectives) {
		if (objectives.isEmpty()) {
			return List.of();
		}
		List<KeyResult> all = keyResults.ofObjectives(objectives.stream().map(Objective::id).toList());
		Map<Long, Reading> latest = all.isEmpty() ? Map.of() : readings.latestOf(all.stream().map(KeyResult::id).toList());
		Map<Long, List<KeyResultView>> byObjective = all.stream()
			.collect(Collectors.groupingBy(KeyResult::objectiveId,
					Collectors.mapping(keyResult -> KeyResultView.of(keyResult, latest.get(keyResult.id())), Collectors.toList())));
		return objectives.stream()
			.map(objective -> ObjectiveView.of(objective, byObjective.getOrDefault(objective.id(), List.of())))
			.toList();
	}

	ObjectiveView of(Objective objective) {
		return of(List.of(objective)).get(0);
	}

	KeyResultView of(KeyResult keyResult) {
		return KeyResultView.of(keyResult, readings.latestOf(List.of(keyResult.id())).get(keyResult.id()));
	}
}
