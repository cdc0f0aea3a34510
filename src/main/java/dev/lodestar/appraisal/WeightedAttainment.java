package dev.lodestar.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.Measurement;

/**
 * The arithmetic of a result: Σ weight × attainment over the template's KPIs, where attainment is the KPI's
 * attainment of its last measurement in the period (0 to {@code KpiTargets.ATTAINMENT_CAP}) and a KPI not measured in
 * the period counts 0. Weights are whole percent summing to 100, so the result is in percent, from 0 to 120.
 */
final class WeightedAttainment {

	static final int SCALE = 4;

	private WeightedAttainment() {
	}

	/** The lines of a template, in its order; a KPI missing from {@code kpis} reads as not measured. */
	static List<ResultLine> lines(List<TemplateItem> items, Map<Long, Kpi> kpis, Map<Long, Measurement> lastInPeriod) {
		List<ResultLine> lines = new ArrayList<>();
		for (TemplateItem item : items) {
			Kpi kpi = kpis.get(item.kpiId());
			Measurement last = kpi == null ? null : lastInPeriod.get(item.kpiId());
			BigDecimal attainment = last == null ? BigDecimal.ZERO.setScale(SCALE)
					: kpi.targets().attainment(last.value()).setScale(SCALE, RoundingMode.HALF_UP);
			BigDecimal contribution = attainment.multiply(BigDecimal.valueOf(item.weight())).setScale(SCALE, RoundingMode.HALF_UP);
			lines.add(new ResultLine(item.kpiId(), kpi == null ? "" : kpi.name(), kpi == null ? "" : kpi.unit(),
					kpi == null ? null : kpi.targets().direction().name(), last == null ? null : last.value(),
					last == null ? null : last.measuredOn(), kpi == null ? null : kpi.targets().target(), attainment,
					item.weight(), contribution, last != null));
		}
		return lines;
	}

	/** The weighted KPI attainment in percent: the sum of the contributions. */
	static BigDecimal total(List<ResultLine> lines) {
		return lines.stream().map(ResultLine::contribution).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
	}
}
