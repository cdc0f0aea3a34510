package dev.lodestar.checkins;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.validation.constraints.NotNull;

/**
 * The organisation's check-in day: people check in weekly, and a week of check-ins starts on this day
 * (Monday by default). {@code version} is the one the caller read, as for every change.
 */
public record CheckInPolicy(@NotNull DayOfWeek weekday, @NotNull Integer version) {

	/** The first day of the check-in week {@code day} falls in: a check-in on or after it counts for this week. */
	public LocalDate weekStartOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(weekday));
	}
}
