package dev.lodestar.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;

/**
 * A batch of teams' objectives and key results of a cycle, read at once, dealt out to each team: its own objectives
 * and those of its people, in the order one team's own read gives them (objectives by id, key results by objective and
 * position). A person in two teams of the batch counts in both, as a team read alone would count them.
 */
final class FactsByOwner {

	private final Map<Long, List<ObjectiveFact>> byTeam = new HashMap<>();

	private final Map<Long, List<ObjectiveFact>> byPerson = new HashMap<>();

	private final Map<Long, List<KeyResultFact>> byObjective = new HashMap<>();

	FactsByOwner(ObjectiveFacts.Facts batch) {
		for (ObjectiveFact objective : batch.objectives()) {
			var owner = objective.owner();
			(owner.isTeam() ? byTeam.computeIfAbsent(owner.teamId(), team -> new ArrayList<>())
					: byPerson.computeIfAbsent(owner.personId(), person -> new ArrayList<>())).add(objective);
		}
		batch.keyResults().forEach(keyResult -> byObjective
			.computeIfAbsent(keyResult.objectiveId(), objective -> new ArrayList<>())
			.add(keyResult));
	}

	/** Every key result of the batch. */
	Stream<Long> keyResultIds() {
		return byObjective.values().stream().flatMap(List::stream).map(KeyResultFact::id);
	}

	ObjectiveFacts.Facts of(long teamId, Collection<Long> people) {
		List<ObjectiveFact> objectives = new ArrayList<>(byTeam.getOrDefault(teamId, List.of()));
		people.forEach(person -> objectives.addAll(byPerson.getOrDefault(person, List.of())));
		objectives.sort(Comparator.comparingLong(ObjectiveFact::id));
		List<KeyResultFact> keyResults = new ArrayList<>();
		objectives.forEach(objective -> keyResults.addAll(byObjective.getOrDefault(objective.id(), List.of())));
		return new ObjectiveFacts.Facts(objectives, keyResults);
	}
}
