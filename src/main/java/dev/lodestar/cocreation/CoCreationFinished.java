package dev.lodestar.cocreation;

import java.time.Instant;
import java.util.List;

/** A session finished: what it adopted became these draft objectives of the team. */
public record CoCreationFinished(long sessionId, long teamId, long cycleId, List<Long> objectiveIds, long actorId,
		Instant at) {

	public CoCreationFinished {
		objectiveIds = List.copyOf(objectiveIds);
	}
}
