package dev.lodestar.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds a team's facts into its signals, in the catalogue's order. Pure: the same facts give the same values and
 * evidence, so every signal is tested from a written fixture. Each family's reading lives in its own class.
 */
final class HealthFold {

	private HealthFold() {
	}

	static List<SignalResult> of(TeamFacts facts) {
		List<SignalResult> results = new ArrayList<>(AmbitionSignals.of(facts));
		results.addAll(ObjectiveSignals.of(facts));
		results.addAll(MeetingSignals.of(facts));
		results.addAll(AlignmentSignals.of(facts));
		results.addAll(FollowUpSignals.of(facts));
		results.sort(Comparator.comparing(SignalResult::signal));
		return results;
	}
}
