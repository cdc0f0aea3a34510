package dev.lodestar.appraisal.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.appraisal.AppraisalTemplate;
import dev.lodestar.platform.web.Shell;

/** Every template with whom it applies to and its weighted KPIs, and the rule that picks one when several match. */
public record TemplatesPage(Shell shell, List<AppraisalTemplate> templates, Map<Long, String> kpiNames,
		Map<Long, String> personNames, Map<Long, String> teamNames) {

	public String target(AppraisalTemplate template) {
		String name = template.personId() != null ? personNames.getOrDefault(template.personId(), "")
				: teamNames.getOrDefault(template.teamId(), "");
		return shell.t().m("appraisal.applies.to." + template.appliesTo().name(), name);
	}
}
