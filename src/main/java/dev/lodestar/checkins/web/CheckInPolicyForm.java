package dev.lodestar.checkins.web;

import java.time.DayOfWeek;

import dev.lodestar.checkins.CheckInPolicy;
import dev.lodestar.platform.errors.InvalidInputException;

/** The check-in day form as sent. */
public record CheckInPolicyForm(String weekday, Integer version) {

	static CheckInPolicyForm of(CheckInPolicy policy) {
		return new CheckInPolicyForm(policy.weekday().name(), policy.version());
	}

	CheckInPolicy toPolicy() {
		try {
			return new CheckInPolicy(weekday == null || weekday.isBlank() ? null : DayOfWeek.valueOf(weekday), version);
		}
		catch (IllegalArgumentException noWeekday) {
			throw InvalidInputException.of("weekday", "validation.one-of",
					String.join(", ", java.util.stream.Stream.of(DayOfWeek.values()).map(Enum::name).toList()));
		}
	}
}
