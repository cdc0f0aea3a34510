package dev.lodestar.kpis;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes a KPI's definition; {@code version} is the one the caller read. The owner stays. */
public record KpiRevision(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String unit,
		@NotNull KpiDirection direction, @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target,
		@NotNull @Digits(integer = 15, fraction = 4) BigDecimal healthyThreshold,
		@NotNull @Digits(integer = 15, fraction = 4) BigDecimal criticalThreshold, @NotNull KpiFrequency frequency,
		@NotNull KpiSource source, @NotNull Integer version) {

	KpiTargets targets() {
		return new KpiTargets(direction, target, healthyThreshold, criticalThreshold);
	}
}
