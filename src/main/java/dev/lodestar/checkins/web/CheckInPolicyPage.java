package dev.lodestar.checkins.web;

import java.time.DayOfWeek;
import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The organisation's check-in day, for an admin to move.
 *
 * @param notice a message key saying what just happened; absent otherwise
 */
public record CheckInPolicyPage(Shell shell, CheckInPolicyForm form, FormErrors errors, String notice) {

	public List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("weekday"));
	}
}
