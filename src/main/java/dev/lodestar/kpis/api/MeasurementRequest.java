package dev.lodestar.kpis.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.lodestar.kpis.NewMeasurement;

/** A value on a day; a day on or before the latest measured one needs {@code correction: true}. */
record MeasurementRequest(LocalDate measuredOn, BigDecimal value, Boolean correction, String note) {

	NewMeasurement toCommand() {
		return new NewMeasurement(measuredOn, value, correction, note);
	}
}
