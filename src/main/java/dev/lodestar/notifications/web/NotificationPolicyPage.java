package dev.lodestar.notifications.web;

import java.util.List;
import java.util.stream.IntStream;

import dev.lodestar.notifications.TimeZones;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The organisation's notification policy, for an admin to change.
 *
 * @param notice a message key saying what just happened; absent otherwise
 */
public record NotificationPolicyPage(Shell shell, NotificationPolicyForm form, FormErrors errors, String notice) {

	public List<String> timeZones() {
		return TimeZones.choices();
	}

	public List<Integer> hours() {
		return IntStream.range(0, 24).boxed().toList();
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("reminderHour", "timeZone"));
	}
}
