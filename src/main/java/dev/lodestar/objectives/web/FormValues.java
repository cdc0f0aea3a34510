package dev.lodestar.objectives.web;

import java.math.BigDecimal;

/** Reads what was typed into a field: a number that is not one becomes absent, and is refused as such. */
final class FormValues {

	private FormValues() {
	}

	static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

	static Long whole(String text) {
		try {
			return filled(text) ? Long.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	static Integer version(String text) {
		Long version = whole(text);
		return version == null || version > Integer.MAX_VALUE || version < Integer.MIN_VALUE ? null : version.intValue();
	}

	static BigDecimal decimal(String text) {
		try {
			return filled(text) ? new BigDecimal(text.strip().replace(',', '.')) : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	static boolean notADecimal(String text) {
		return filled(text) && decimal(text) == null;
	}
}
