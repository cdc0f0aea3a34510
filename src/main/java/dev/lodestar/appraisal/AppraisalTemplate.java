package dev.lodestar.appraisal;

import java.util.List;

/** Weighted KPIs that make a person's appraisal result; {@code personId} or {@code teamId} says whom it applies to. */
public record AppraisalTemplate(long id, String name, AppliesTo appliesTo, Long personId, Long teamId,
		List<TemplateItem> items, int version) {

	public AppraisalTemplate {
		items = List.copyOf(items);
	}
}
