package dev.lodestar.platform.web;

import java.time.DayOfWeek;
import java.util.stream.Stream;

import dev.lodestar.platform.errors.InvalidInputException;

/** A weekday as a form sends it: blank is none; anything but a weekday's name is refused on its field. */
public final class FormWeekdays {

	private FormWeekdays() {
	}

	public static DayOfWeek parse(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DayOfWeek.valueOf(text.strip());
		}
		catch (IllegalArgumentException noWeekday) {
			throw InvalidInputException.of(field, "validation.one-of",
					String.join(", ", Stream.of(DayOfWeek.values()).map(Enum::name).toList()));
		}
	}
}
