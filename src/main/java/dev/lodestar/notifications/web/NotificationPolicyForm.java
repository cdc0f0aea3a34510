package dev.lodestar.notifications.web;

import dev.lodestar.notifications.NotificationPolicy;

/** The organisation's notification policy as the form sends it. */
public record NotificationPolicyForm(Integer reminderHour, String timeZone, Integer version) {

	static NotificationPolicyForm of(NotificationPolicy policy) {
		return new NotificationPolicyForm(policy.reminderHour(), policy.timeZone(), policy.version());
	}

	NotificationPolicy toPolicy() {
		return new NotificationPolicy(reminderHour, timeZone, version);
	}
}
