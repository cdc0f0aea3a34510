package dev.lodestar.appraisal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.lodestar.appraisal.AppliesTo;
import dev.lodestar.appraisal.AppraisalTemplate;
import dev.lodestar.appraisal.AppraisalTemplates;
import dev.lodestar.appraisal.NewTemplate;
import dev.lodestar.appraisal.TemplateItem;
import dev.lodestar.appraisal.TemplateRevision;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.web.FormNumbers;

/**
 * The template form as typed: {@value AppraisalTemplates#MAX_ITEMS} rows of a KPI and a weight, sent as repeated
 * {@code kpiId} and {@code weight} fields in row order. A row left empty is skipped.
 */
public record TemplateForm(String name, String appliesTo, String personId, String teamId, List<String> kpiId,
		List<String> weight, Integer version, String idempotencyKey) {

	public TemplateForm {
		kpiId = padded(kpiId);
		weight = padded(weight);
	}

	static TemplateForm empty() {
		return new TemplateForm("", AppliesTo.PERSON.name(), "", "", List.of(), List.of(), null, UUID.randomUUID().toString());
	}

	static TemplateForm of(AppraisalTemplate template) {
		return new TemplateForm(template.name(), template.appliesTo().name(), text(template.personId()),
				text(template.teamId()), template.items().stream().map(item -> String.valueOf(item.kpiId())).toList(),
				template.items().stream().map(item -> String.valueOf(item.weight())).toList(), template.version(), null);
	}

	NewTemplate toNewTemplate() {
		return new NewTemplate(name, target(), number(personId), number(teamId), items());
	}

	TemplateRevision toRevision() {
		return new TemplateRevision(name, target(), number(personId), number(teamId), items(), version);
	}

	private List<TemplateItem> items() {
		List<TemplateItem> items = new ArrayList<>();
		List<FieldViolation> unreadable = new ArrayList<>();
		for (int row = 0; row < AppraisalTemplates.MAX_ITEMS; row++) {
			String kpi = kpiId.get(row);
			String share = weight.get(row);
			if (kpi.isBlank() && share.isBlank()) {
				continue;
			}
			if (!share.isBlank() && FormNumbers.whole(share) == null) {
				unreadable.add(new FieldViolation("items", "validation.must-be-whole-number"));
			}
			items.add(new TemplateItem(number(kpi), FormNumbers.whole(share)));
		}
		if (!unreadable.isEmpty()) {
			throw new InvalidInputException(unreadable);
		}
		return items;
	}

	private AppliesTo target() {
		try {
			return appliesTo == null || appliesTo.isBlank() ? null : AppliesTo.valueOf(appliesTo.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static Long number(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException notAnId) {
			return null;
		}
	}

	private static String text(Long id) {
		return id == null ? "" : String.valueOf(id);
	}

	private static List<String> padded(List<String> values) {
		List<String> rows = new ArrayList<>(values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList());
		while (rows.size() < AppraisalTemplates.MAX_ITEMS) {
			rows.add("");
		}
		return List.copyOf(rows.subList(0, AppraisalTemplates.MAX_ITEMS));
	}
}
