package dev.lodestar.checkins;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInPolicyTests {

	@Test
	void startsTheCheckInWeekOnTheChosenDay() {
		var wednesdays = new CheckInPolicy(DayOfWeek.WEDNESDAY, 0);

		assertThat(wednesdays.weekStartOf(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(wednesdays.weekStartOf(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(wednesdays.weekStartOf(LocalDate.of(2026, 12, 9))).isEqualTo(LocalDate.of(2026, 12, 9));
	}
}
