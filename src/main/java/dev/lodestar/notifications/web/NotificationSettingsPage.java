package dev.lodestar.notifications.web;

import java.util.List;

import dev.lodestar.notifications.TimeZones;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * A person's own notification settings.
 *
 * @param organisationZone the time zone that applies while they choose none
 * @param notice a message key saying what just happened; absent otherwise
 */
public record NotificationSettingsPage(Shell shell, NotificationSettingsForm form, String organisationZone,
		FormErrors errors, String notice) {

	public List<String> timeZones() {
		return TimeZones.choices();
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("timeZone", "email", "chat", "muted"));
	}
}
