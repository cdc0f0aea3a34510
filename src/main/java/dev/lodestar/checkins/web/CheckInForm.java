package dev.lodestar.checkins.web;

import dev.lodestar.checkins.NewCheckIn;
import dev.lodestar.platform.web.FormNumbers;

/**
 * The inline check-in form as typed. {@code idempotencyKey} is made when the form is shown, so a double-clicked
 * submit records one check-in.
 */
public record CheckInForm(String value, Boolean done, String confidence, String note, String idempotencyKey) {

	/** What could be read from the fields; a field that is not a number becomes absent and is refused as such. */
	NewCheckIn toCommand() {
		return new NewCheckIn(FormNumbers.decimal(value), done, FormNumbers.whole(confidence), note);
	}

	boolean valueIsNotANumber() {
		return value != null && !value.isBlank() && FormNumbers.decimal(value) == null;
	}

	boolean confidenceIsNotANumber() {
		return confidence != null && !confidence.isBlank() && FormNumbers.whole(confidence) == null;
	}
}
