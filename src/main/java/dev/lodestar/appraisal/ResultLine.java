package dev.lodestar.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One KPI of a result. {@code value} is the KPI's last measurement in the period, absent when it was not measured
 * there; then the attainment and the contribution are 0 and {@code measured} is false.
 *
 * @param attainment   0 to 1.2, from the KPI's own formula ({@code KpiTargets.attainment})
 * @param weight       whole percent
 * @param contribution weight × attainment, in percentage points of the result
 */
public record ResultLine(long kpiId, String kpiName, String unit, String direction, BigDecimal value, LocalDate measuredOn,
		BigDecimal target, BigDecimal attainment, int weight, BigDecimal contribution, boolean measured) {
}
