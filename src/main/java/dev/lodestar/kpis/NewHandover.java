package dev.lodestar.kpis;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * Hands an achieved key result over to a KPI. Every field is optional: the name and unit come from the key result,
 * the thresholds are suggested from its start and target (healthy at the target, critical halfway back to the
 * start), the frequency is weekly like check-ins.
 */
public record NewHandover(@Size(max = 200) String name, @Size(max = 40) String unit, KpiFrequency frequency,
		@Digits(integer = 15, fraction = 4) BigDecimal healthyThreshold,
		@Digits(integer = 15, fraction = 4) BigDecimal criticalThreshold) {

	public static NewHandover suggested() {
		return new NewHandover(null, null, null, null, null);
	}
}
