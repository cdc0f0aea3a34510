package dev.lodestar.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A claim holds from when it is written, and a run stops claiming when its time is up. */
class ClaimRunTests {

	@Test
	void measuresEachHoldFromTheClockWhenClaimed() {
		Instant start = Instant.parse("2026-11-29T06:00:00Z");
		var clock = new Clock() {

			Instant now = start;

			@Override
			public Instant instant() {
				return now;
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		var run = new ClaimRun(clock, Duration.ofMinutes(2), Duration.ofSeconds(30));
		List<Instant[]> claims = new ArrayList<>();

		run.claim((now, until) -> claims.add(new Instant[] { now, until }));
		clock.now = start.plus(Duration.ofMinutes(5)); // a long batch later
		run.claim((now, until) -> claims.add(new Instant[] { now, until }));

		assertThat(claims.get(0)).containsExactly(start, start.plus(Duration.ofMinutes(2)));
		assertThat(claims.get(1)).containsExactly(clock.now, clock.now.plus(Duration.ofMinutes(2)));
	}

	@Test
	void hasTimeLeftUntilItsTimeIsUp() throws InterruptedException {
		assertThat(new ClaimRun(Clock.systemUTC(), Duration.ofMinutes(2), Duration.ofSeconds(30)).timeLeft()).isTrue();
		var brief = new ClaimRun(Clock.systemUTC(), Duration.ofMinutes(2), Duration.ofMillis(20));
		Thread.sleep(40);
		assertThat(brief.timeLeft()).isFalse();
	}
}
