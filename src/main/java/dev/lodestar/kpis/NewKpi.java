package dev.lodestar.kpis;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Defines a KPI owned by a team ({@code teamId}) or a person ({@code personId}), exactly one of them. The source is
 * manual when not given.
 */
public record NewKpi(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String unit, Long teamId,
		Long personId, @NotNull KpiDirection direction, @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target,
		@NotNull @Digits(integer = 15, fraction = 4) BigDecimal healthyThreshold,
		@NotNull @Digits(integer = 15, fraction = 4) BigDecimal criticalThreshold, @NotNull KpiFrequency frequency,
		KpiSource source) {

	KpiTargets targets() {
		return new KpiTargets(direction, target, healthyThreshold, criticalThreshold);
	}
}
