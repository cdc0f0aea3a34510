package dev.lodestar.health;

import java.util.Set;

import dev.lodestar.objectives.ObjectiveFacts;

/**
 * What a team's signals are folded from: its people (leads and members) and the cycle's objectives owned by the team
 * or by one of its people, with their key results.
 */
record TeamFacts(long teamId, Set<Long> people, ObjectiveFacts.Facts okrs) {

	TeamFacts {
		people = Set.copyOf(people);
	}
}
