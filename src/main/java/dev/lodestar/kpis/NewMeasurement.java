package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Measures a KPI on a day. A day on or before the latest measured one is refused unless {@code correction} says the
 * measurement restates it on purpose.
 */
public record NewMeasurement(@NotNull LocalDate measuredOn, @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
		Boolean correction, @Size(max = 500) String note) {

	boolean isCorrection() {
		return Boolean.TRUE.equals(correction);
	}
}
