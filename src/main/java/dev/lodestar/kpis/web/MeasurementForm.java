package dev.lodestar.kpis.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.lodestar.kpis.NewMeasurement;
import dev.lodestar.platform.web.FormNumbers;

/**
 * The measurement form as typed. {@code idempotencyKey} is made when the form is shown, so a double-clicked submit
 * records one measurement.
 */
public record MeasurementForm(String measuredOn, String value, Boolean correction, String note, String idempotencyKey) {

	NewMeasurement toCommand() {
		return new NewMeasurement(day(), FormNumbers.decimal(value), Boolean.TRUE.equals(correction), note);
	}

	boolean valueIsNotANumber() {
		return value != null && !value.isBlank() && FormNumbers.decimal(value) == null;
	}

	boolean dayIsNotADate() {
		return measuredOn != null && !measuredOn.isBlank() && day() == null;
	}

	private LocalDate day() {
		try {
			return measuredOn == null || measuredOn.isBlank() ? null : LocalDate.parse(measuredOn.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
