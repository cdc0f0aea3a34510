package dev.lodestar.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.lodestar.checkins.NewCheckIn;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.demo.CheckInNotes.Mood;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;

/**
 * Makes up the weekly check-ins of a key result from a seeded {@link Random}, so every load tells the same story:
 * values move toward the target at each key result's own pace, confidence drifts, a few key results stall and a
 * few are never checked in. Check-ins fall one week apart, the last in the current week, none in the future and
 * none before the cycle started.
 */
final class WeeklyCheckIns {

	static final int WEEKS = 6;

	private static final Duration WEEK = Duration.ofDays(7);

	private static final long LATEST_SPREAD_MINUTES = Duration.ofHours(6).toMinutes();

	private static final double NEVER_CHECKED_IN = 0.08;

	private static final double STALLS = 0.10;

	/** A check-in to record as made at {@code at}. */
	record Dated(Instant at, NewCheckIn checkIn) {
	}

	private final Instant cycleStart;

	private final Instant cycleEnd;

	private final Instant now;

	private final ZoneId zone;

	private final Random random;

	WeeklyCheckIns(Cycle cycle, Clock clock, Random random) {
		this.zone = clock.getZone();
		this.cycleStart = cycle.startsOn().atStartOfDay(zone).toInstant();
		this.cycleEnd = cycle.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
		this.now = clock.instant();
		this.random = random;
	}

	List<Dated> of(KeyResult keyResult) {
		double fate = random.nextDouble();
		if (fate < NEVER_CHECKED_IN) {
			return List.of();
		}
		boolean stalls = fate < NEVER_CHECKED_IN + STALLS;
		// ambitious key results end a quarter around 0.6–0.7, so most paces fall short of a straight line to 1.0
		double pace = 0.4 + random.nextDouble() * 0.8;
		double doneAt = 0.35 + random.nextDouble() * 0.8;
		boolean chinese = CheckInNotes.isChinese(keyResult.title());
		int confidence = 4 + random.nextInt(5);
		double progress = 0;
		boolean done = false;
		List<Dated> checkIns = new ArrayList<>();
		List<Instant> instants = instants();
		for (int week = 0; week < instants.size(); week++) {
			boolean stalled = stalls && week >= 2;
			double before = progress;
			if (!stalled) {
				double due = pace * elapsedAt(instants.get(week));
				progress = Math.min(1, Math.max(0, Math.max(before - 0.03, due + (random.nextDouble() - 0.5) * 0.08)));
			}
			boolean justDone = !done && keyResult.kind() == KeyResultKind.MILESTONE && progress >= doneAt;
			done |= justDone;
			confidence = Math.max(0, Math.min(10, confidence + (stalled ? -1 : random.nextInt(3) - 1)));
			Mood mood = stalled ? Mood.STALLED : justDone ? Mood.DONE
					: progress < before && keyResult.kind().isNumeric() ? Mood.SETBACK : Mood.PROGRESS;
			String note = CheckInNotes.pick(mood, chinese, random);
			NewCheckIn checkIn = keyResult.kind() == KeyResultKind.MILESTONE ? new NewCheckIn(null, done, confidence, note)
					: new NewCheckIn(valueAt(keyResult, progress), null, confidence, note);
			checkIns.add(new Dated(instants.get(week), checkIn));
		}
		return checkIns;
	}

	/** One week apart, the latest a little before now but within the current week and the cycle. */
	List<Instant> instants() {
		Instant weekStart = LocalDate.ofInstant(now, zone).with(DayOfWeek.MONDAY).atStartOfDay(zone).toInstant();
		Instant earliest = weekStart.isAfter(cycleStart) ? weekStart : cycleStart;
		long room = Math.max(0, Math.min(LATEST_SPREAD_MINUTES, Duration.between(earliest, now).toMinutes()));
		Instant latest = now.minus(Duration.ofMinutes(room == 0 ? 0 : random.nextLong(room + 1)));
		List<Instant> instants = new ArrayList<>();
		for (int weeksAgo = WEEKS - 1; weeksAgo >= 0; weeksAgo--) {
			Instant at = latest.minus(WEEK.multipliedBy(weeksAgo));
			if (!at.isBefore(cycleStart)) {
				instants.add(at);
			}
		}
		return instants;
	}

	private double elapsedAt(Instant at) {
		return (double) Duration.between(cycleStart, at).toMinutes() / Duration.between(cycleStart, cycleEnd).toMinutes();
	}

	/** Rounded as precisely as the key result was defined: whole merchants stay whole. */
	private static BigDecimal valueAt(KeyResult keyResult, double progress) {
		int scale = Math.max(0, Math.max(keyResult.start().stripTrailingZeros().scale(),
				keyResult.target().stripTrailingZeros().scale()));
		BigDecimal span = keyResult.target().subtract(keyResult.start());
		return keyResult.start().add(span.multiply(BigDecimal.valueOf(progress))).setScale(scale, RoundingMode.HALF_UP);
	}
}
