package dev.lodestar.appraisal.web;

import java.util.List;

import dev.lodestar.appraisal.AppraisalPeriod;
import dev.lodestar.platform.web.Shell;

/**
 * Every appraisal period, each with a link to the reader's own result; admins and leads also reach everyone's
 * results, admins the forms.
 */
public record AppraisalIndexPage(Shell shell, List<AppraisalPeriod> periods, boolean seesPeriods) {

	public long me() {
		return shell.caller().personId();
	}
}
