package dev.lodestar.notifications.web;

import java.time.DayOfWeek;
import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * A team's reminder day, for its leads and admins to move.
 *
 * @param organisationDay the organisation's check-in day, which applies while the team chooses none
 * @param notice a message key saying what just happened; absent otherwise
 */
public record TeamReminderDayPage(Shell shell, long teamId, String teamName, TeamReminderDayForm form,
		DayOfWeek organisationDay, FormErrors errors, String notice) {

	public List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("weekday"));
	}
}
