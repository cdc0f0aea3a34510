package dev.lodestar.checkins.web;

import java.math.BigDecimal;

import dev.lodestar.checkins.NewCheckIn;

/**
 * The inline check-in form as typed. {@code idempotencyKey} is made when the form is shown, so a double-clicked
 * submit records one check-in.
 */
public record CheckInForm(String value, Boolean done, String confidence, String note, String idempotencyKey) {

	/** What could be read from the fields; a field that is not a number becomes absent and is refused as such. */
	NewCheckIn toCommand() {
		return new NewCheckIn(decimal(value), done, whole(confidence), note);
	}

	boolean valueIsNotANumber() {
		return value != null && !value.isBlank() && decimal(value) == null;
	}

	boolean confidenceIsNotANumber() {
		return confidence != null && !confidence.isBlank() && whole(confidence) == null;
	}

	private static BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static Integer whole(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
