package dev.lodestar.notifications.web;

import dev.lodestar.notifications.TeamReminderDay;
import dev.lodestar.platform.web.FormWeekdays;

/** A team's reminder day as the form sends it: blank for the organisation's check-in day. */
public record TeamReminderDayForm(String weekday, Integer version) {

	static TeamReminderDayForm of(TeamReminderDay day) {
		return new TeamReminderDayForm(day.weekday() == null ? "" : day.weekday().name(), day.version());
	}

	TeamReminderDay toDay() {
		return new TeamReminderDay(FormWeekdays.parse("weekday", weekday), version);
	}
}
