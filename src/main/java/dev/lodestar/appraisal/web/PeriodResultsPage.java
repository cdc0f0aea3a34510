package dev.lodestar.appraisal.web;

import java.util.List;

import dev.lodestar.appraisal.AppraisalPeriod;
import dev.lodestar.appraisal.AppraisalResult;
import dev.lodestar.platform.web.Shell;

/** Everyone the reader may see with an applicable template and their result; admins also export them. */
public record PeriodResultsPage(Shell shell, AppraisalPeriod period, List<AppraisalResult> results) {

	public boolean exports() {
		return shell.admin();
	}

	/** Admins close an open period; its results are then kept as they are. */
	public boolean closable() {
		return shell.admin() && !period.closed();
	}
}
