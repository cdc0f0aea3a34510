package dev.lodestar.appraisal.web;

import java.math.BigDecimal;

import dev.lodestar.appraisal.AppraisalPeriod;
import dev.lodestar.appraisal.AppraisalResult;
import dev.lodestar.kpis.KpiTargets;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * A person's result in a period, line by line with the formula written out, and the manager's assessment: a form
 * for those who may write it.
 *
 * @param result       absent when no template applies to the person
 * @param writerName   who wrote the assessment last; absent when none is written
 * @param draft        the assessment as typed, shown again when refused
 */
public record ResultPage(Shell shell, AppraisalPeriod period, long personId, String personName, AppraisalResult result,
		String writerName, boolean mayAssess, String draft, int version, FormErrors errors, boolean saved) {

	/** An attainment of 0–1.2 or a result of 0–120 as the reader writes a percentage. */
	public String percentOfOne(BigDecimal attainment) {
		return shell.t().percent(attainment.movePointRight(2));
	}

	public String cap() {
		return percentOfOne(KpiTargets.ATTAINMENT_CAP);
	}
}
