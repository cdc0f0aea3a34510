package dev.lodestar.notifications.web;

import java.time.DayOfWeek;
import java.util.stream.Stream;

import dev.lodestar.notifications.TeamReminderDay;
import dev.lodestar.platform.errors.InvalidInputException;

/** A team's reminder day as the form sends it: blank for the organisation's check-in day. */
public record TeamReminderDayForm(String weekday, Integer version) {

	static TeamReminderDayForm of(TeamReminderDay day) {
		return new TeamReminderDayForm(day.weekday() == null ? "" : day.weekday().name(), day.version());
	}

	TeamReminderDay toDay() {
		if (weekday == null || weekday.isBlank()) {
			return new TeamReminderDay(null, version);
		}
		try {
			return new TeamReminderDay(DayOfWeek.valueOf(weekday), version);
		}
		catch (IllegalArgumentException noWeekday) {
			throw InvalidInputException.of("weekday", "validation.one-of",
					String.join(", ", Stream.of(DayOfWeek.values()).map(Enum::name).toList()));
		}
	}
}
