package dev.lodestar.health;

import java.util.List;
import java.util.Set;

import dev.lodestar.alignment.AlignmentFacts;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.objectives.ObjectiveFacts;

/**
 * What a team's signals are folded from: its people (leads and members); the cycle's objectives owned by the team or
 * one of its people, with their key results; how they are aligned; the check-ins of those key results; which of the
 * objectives came out of a co-creation session; whether the team has sub-teams; and the cycle's window.
 */
record TeamFacts(long teamId, Set<Long> people, ObjectiveFacts.Facts okrs, AlignmentFacts.Facts alignment,
		List<CheckInFacts.Point> checkIns, Set<Long> coCreated, boolean hasSubTeams, CycleWindow window) {

	TeamFacts {
		people = Set.copyOf(people);
		checkIns = List.copyOf(checkIns);
		coCreated = Set.copyOf(coCreated);
	}
}
