package dev.lodestar.appraisal.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Defines an appraisal period ({@code periodId} absent) or changes one. */
public record PeriodFormPage(Shell shell, Long periodId, PeriodForm form, FormErrors errors, boolean saved) {

	static final List<String> FIELDS = List.of("name", "startsOn", "endsOn");

	public boolean defining() {
		return periodId == null;
	}

	public List<String> otherErrors() {
		return errors.otherThan(FIELDS);
	}
}
