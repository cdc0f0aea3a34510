package dev.lodestar.health;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lodestar.checkins.CheckInFacts;

/** The signals of follow-up read from check-ins: weeks without one, confidence that never moves, stalled values. */
final class FollowUpSignals {

	/** How long a value must stand still for its key result to count as stalled. */
	static final Duration STALLED_AFTER = Duration.ofDays(21);

	private FollowUpSignals() {
	}

	static List<SignalResult> of(TeamFacts facts) {
		Map<Long, List<CheckInFacts.Point>> byKeyResult = new LinkedHashMap<>();
		facts.okrs().keyResults().forEach(keyResult -> byKeyResult.put(keyResult.id(), new ArrayList<>()));
		facts.checkIns().forEach(point -> byKeyResult.computeIfAbsent(point.keyResultId(), id -> new ArrayList<>()).add(point));
		return List.of(weeksWithout(facts, byKeyResult), confidenceNeverChanged(byKeyResult),
				stalled(byKeyResult, facts.window().now()));
	}

	/**
	 * The ended weeks of the cycle in which none of the team's key results was checked in; its evidence, the key
	 * results not checked in during the last two ended weeks.
	 */
	private static SignalResult weeksWithout(TeamFacts facts, Map<Long, List<CheckInFacts.Point>> byKeyResult) {
		List<LocalDate> weeks = facts.window().endedWeeks();
		if (weeks.isEmpty() || byKeyResult.isEmpty()) {
			return SignalResult.notMeasured(HealthSignal.WEEKS_WITHOUT_CHECK_IN);
		}
		Set<LocalDate> checkedIn = new HashSet<>();
		facts.checkIns().forEach(point -> checkedIn.add(CycleWindow.mondayOf(point.at())));
		long without = weeks.stream().filter(week -> !checkedIn.contains(week)).count();
		LocalDate recent = weeks.get(Math.max(0, weeks.size() - 2));
		List<Evidence> quiet = byKeyResult.entrySet().stream()
			.filter(entry -> entry.getValue().stream().noneMatch(point -> !CycleWindow.mondayOf(point.at()).isBefore(recent)))
			.map(entry -> new Evidence(EvidenceKind.KEY_RESULT, entry.getKey()))
			.toList();
		return SignalResult.of(HealthSignal.WEEKS_WITHOUT_CHECK_IN, BigDecimal.valueOf(without), quiet);
	}

	private static SignalResult confidenceNeverChanged(Map<Long, List<CheckInFacts.Point>> byKeyResult) {
		int checkedInTwice = 0;
		List<Evidence> unchanged = new ArrayList<>();
		for (var entry : byKeyResult.entrySet()) {
			if (entry.getValue().size() >= 2) {
				checkedInTwice++;
				if (entry.getValue().stream().map(CheckInFacts.Point::confidence).distinct().count() == 1) {
					unchanged.add(new Evidence(EvidenceKind.KEY_RESULT, entry.getKey()));
				}
			}
		}
		return SignalResult.share(HealthSignal.CONFIDENCE_NEVER_CHANGED, unchanged, checkedInTwice);
	}

	/**
	 * Key results whose latest value is the one they had three weeks ago; only those checked in at least three weeks
	 * ago can be judged.
	 */
	private static SignalResult stalled(Map<Long, List<CheckInFacts.Point>> byKeyResult, Instant now) {
		Instant then = now.minus(STALLED_AFTER);
		int judged = 0;
		List<Evidence> stalled = new ArrayList<>();
		for (var entry : byKeyResult.entrySet()) {
			List<CheckInFacts.Point> points = entry.getValue();
			CheckInFacts.Point before = points.stream().filter(point -> !point.at().isAfter(then)).reduce((a, b) -> b).orElse(null);
			if (before == null) {
				continue;
			}
			judged++;
			if (points.get(points.size() - 1).value().compareTo(before.value()) == 0) {
				stalled.add(new Evidence(EvidenceKind.KEY_RESULT, entry.getKey()));
			}
		}
		return SignalResult.share(HealthSignal.STALLED_KEY_RESULTS, stalled, judged);
	}
}
