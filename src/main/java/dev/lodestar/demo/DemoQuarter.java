package dev.lodestar.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.demo.DemoObjectives.DemoKeyResult;
import dev.lodestar.demo.DemoObjectives.DemoObjective;
import dev.lodestar.objectives.Caps;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveCaps;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.platform.security.Caller;

/**
 * Fills the active quarter: every objective is set by a member of the team that owns it (or by the person who
 * owns it), every key result is owned and checked in on by someone in that team, taking turns.
 */
@Component
class DemoQuarter {

	/** Any fixed seed: the same company, the same numbers and the same notes on every load. */
	private static final long SEED = 1_000_000_007L;

	/**
	 * How much was set, for the summary, and what was set per owner key (a team's or a person's), in order: what
	 * the demo's alignment links.
	 */
	record Filled(int objectives, int keyResults, int checkIns, Map<String, List<SetObjective>> byOwner) {
	}

	/** One objective as set, with its key results' ids in order. */
	record SetObjective(long objectiveId, List<Long> keyResultIds) {
	}

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final ObjectiveCaps caps;

	private final CheckInManagement checkIns;

	DemoQuarter(ObjectiveManagement objectives, KeyResultManagement keyResults, ObjectiveCaps caps,
			CheckInManagement checkIns) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.caps = caps;
		this.checkIns = checkIns;
	}

	Filled fill(DemoCast cast, Cycle cycle, Clock clock) {
		Caps limits = caps.current();
		WeeklyCheckIns weekly = new WeeklyCheckIns(cycle, clock, new Random(SEED));
		Map<String, Integer> setPerOwner = new HashMap<>();
		int objectiveCount = 0;
		int keyResultCount = 0;
		int checkInCount = 0;
		Map<String, List<SetObjective>> byOwner = new HashMap<>();
		for (DemoObjective objective : DemoObjectives.all()) {
			int turn = setPerOwner.merge(objective.ownerKey(), 1, Integer::sum) - 1;
			if (turn >= limits.maxObjectivesPerOwner()) {
				continue;
			}
			List<String> writers = objective.teamKey() != null ? cast.roster(objective.teamKey())
					: List.of(objective.personKey());
			Caller author = cast.caller(writers.get(turn % writers.size()));
			long objectiveId = objectives.create(author, newObjective(cast, cycle, objective)).objective().id();
			objectiveCount++;
			List<Long> keyResultIds = new ArrayList<>();
			byOwner.computeIfAbsent(objective.ownerKey(), key -> new ArrayList<>()).add(new SetObjective(objectiveId, keyResultIds));
			List<DemoKeyResult> measures = objective.keyResults();
			for (int i = 0; i < Math.min(measures.size(), limits.maxKeyResultsPerObjective()); i++) {
				String ownerKey = writers.get((turn + i + 1) % writers.size());
				DemoKeyResult measure = measures.get(i);
				KeyResult keyResult = keyResults.add(author, objectiveId, new NewKeyResult(measure.title(), measure.kind(),
						measure.start(), measure.target(), measure.unit(), cast.personId(ownerKey))).keyResult();
				keyResultCount++;
				keyResultIds.add(keyResult.id());
				Caller owner = cast.caller(ownerKey);
				for (WeeklyCheckIns.Dated dated : weekly.of(keyResult)) {
					checkIns.recordHistorical(owner, keyResult.id(), dated.checkIn(), dated.at());
					checkInCount++;
				}
			}
		}
		return new Filled(objectiveCount, keyResultCount, checkInCount, byOwner);
	}

	private static NewObjective newObjective(DemoCast cast, Cycle cycle, DemoObjective objective) {
		return new NewObjective(cycle.id(), objective.title(), objective.description(),
				objective.teamKey() == null ? null : cast.teamId(objective.teamKey()),
				objective.personKey() == null ? null : cast.personId(objective.personKey()), objective.visibility(),
				objective.viewerKeys().stream().map(cast::personId).toList());
	}
}
