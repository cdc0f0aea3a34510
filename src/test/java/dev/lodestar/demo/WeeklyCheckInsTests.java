package dev.lodestar.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyCheckInsTests {

	private static final Cycle QUARTER = new Cycle(1, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
			CycleState.ACTIVE, 0);

	private static final Instant QUARTER_START = Instant.parse("2026-10-01T00:00:00Z");

	private static final KeyResult MERCHANTS = new KeyResult(7, 3, 1, "Service center 1.0 supports at least 2 merchants",
			KeyResultKind.INCREASE, BigDecimal.ZERO, BigDecimal.valueOf(2), "merchants", 11, 0, false);

	@Test
	void checksInSixTimesOneWeekApartEndingThisWeekAndNeverInTheFuture() {
		Instant now = Instant.parse("2026-11-27T21:30:00Z");

		List<Instant> instants = weekly(now, 1).instants();

		assertThat(instants).hasSize(WeeklyCheckIns.WEEKS);
		assertThat(instants.get(instants.size() - 1)).isBeforeOrEqualTo(now).isAfterOrEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
		IntStream.range(1, instants.size())
			.forEach(i -> assertThat(Duration.between(instants.get(i - 1), instants.get(i))).isEqualTo(Duration.ofDays(7)));
	}

	@Test
	void checksInWeeklySinceTheStartWhenTheQuarterIsYoung() {
		List<Instant> instants = weekly(Instant.parse("2026-10-16T08:00:00Z"), 1).instants();

		assertThat(instants).hasSize(3).allSatisfy(at -> assertThat(at).isAfterOrEqualTo(QUARTER_START));
	}

	@Test
	void checksInOnTheFirstMorningOfTheQuarterAtMostOnce() {
		Instant now = QUARTER_START.plusSeconds(90);

		assertThat(weekly(now, 1).instants()).singleElement().satisfies(at -> assertThat(at).isBetween(QUARTER_START, now));
	}

	@Test
	void tellsTheSameStoryForTheSameSeedAndKeepsWholeUnitsWhole() {
		Instant now = Instant.parse("2026-11-27T21:30:00Z");

		WeeklyCheckIns first = weekly(now, 42);
		WeeklyCheckIns second = weekly(now, 42);

		var once = IntStream.range(0, 100).mapToObj(i -> first.of(MERCHANTS)).toList();
		var again = IntStream.range(0, 100).mapToObj(i -> second.of(MERCHANTS)).toList();

		assertThat(once).isEqualTo(again);
		assertThat(once).flatMap(checkIns -> checkIns).allSatisfy(dated -> {
			assertThat(dated.checkIn().value().scale()).isZero();
			assertThat(dated.checkIn().confidence()).isBetween(0, 10);
		});
		assertThat(once).as("a few never checked in").anySatisfy(checkIns -> assertThat(checkIns).isEmpty());
	}

	private static WeeklyCheckIns weekly(Instant now, long seed) {
		return new WeeklyCheckIns(QUARTER, Clock.fixed(now, ZoneOffset.UTC), new Random(seed));
	}
}
