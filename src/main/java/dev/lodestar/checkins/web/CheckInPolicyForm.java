package dev.lodestar.checkins.web;

import dev.lodestar.checkins.CheckInPolicy;
import dev.lodestar.platform.web.FormWeekdays;

/** The check-in day form as sent. */
public record CheckInPolicyForm(String weekday, Integer version) {

	static CheckInPolicyForm of(CheckInPolicy policy) {
		return new CheckInPolicyForm(policy.weekday().name(), policy.version());
	}

	CheckInPolicy toPolicy() {
		return new CheckInPolicy(FormWeekdays.parse("weekday", weekday), version);
	}
}
