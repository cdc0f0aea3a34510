package dev.lodestar.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's appraisal in a period: the weighted KPI attainment of their template, in percent (0 to 120), the KPIs
 * not measured in the period (counted as 0), and the manager's written assessment. Nothing here is an OKR score.
 */
public record AppraisalResult(long periodId, long personId, String personName, String email, long templateId,
		String templateName, BigDecimal weightedAttainment, List<ResultLine> lines, List<String> unmeasuredKpis,
		Assessment assessment) {

	public AppraisalResult {
		lines = List.copyOf(lines);
		unmeasuredKpis = List.copyOf(unmeasuredKpis);
	}

	AppraisalResult with(Assessment written) {
		return new AppraisalResult(periodId, personId, personName, email, templateId, templateName, weightedAttainment,
				lines, unmeasuredKpis, written);
	}
}
