package dev.lodestar.health;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a cycle that follow-up signals judge: its weeks (Monday to Sunday, UTC) that have ended by {@code now}.
 * The week under way is left out — people may still check in before it ends.
 */
record CycleWindow(LocalDate startsOn, LocalDate endsOn, Instant now) {

	/** The Mondays of the cycle's ended weeks, oldest first. */
	List<LocalDate> endedWeeks() {
		LocalDate thisWeek = mondayOf(now.atZone(ZoneOffset.UTC).toLocalDate());
		List<LocalDate> weeks = new ArrayList<>();
		for (LocalDate monday = mondayOf(startsOn); monday.isBefore(thisWeek) && !monday.isAfter(endsOn);
				monday = monday.plusWeeks(1)) {
			weeks.add(monday);
		}
		return weeks;
	}

	static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static LocalDate mondayOf(Instant at) {
		return mondayOf(at.atZone(ZoneOffset.UTC).toLocalDate());
	}
}
