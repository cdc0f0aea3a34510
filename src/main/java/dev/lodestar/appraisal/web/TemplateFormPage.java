package dev.lodestar.appraisal.web;

import java.util.ArrayList;
import java.util.List;

import dev.lodestar.appraisal.AppliesTo;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Defines a template ({@code templateId} absent) or changes one. The KPI, person and team choices are the first
 * {@code PageQuery.MAX_SIZE} of each, by name.
 */
public record TemplateFormPage(Shell shell, Long templateId, TemplateForm form, FormErrors errors, boolean saved,
		List<Choice> kpis, List<Choice> people, List<Choice> teams, Integer listedAtMost) {

	static final List<String> FIELDS = List.of("name", "appliesTo", "personId", "teamId");

	public boolean defining() {
		return templateId == null;
	}

	public List<AppliesTo> targets() {
		return List.of(AppliesTo.values());
	}

	/** Messages about the KPIs and weights (the sum, a KPI twice, an unknown KPI), shown beside the rows. */
	public List<String> itemErrors() {
		List<String> messages = new ArrayList<>();
		errors.fields().entrySet().stream()
			.filter(entry -> entry.getKey().startsWith("items"))
			.sorted(java.util.Map.Entry.comparingByKey())
			.forEach(entry -> messages.addAll(entry.getValue()));
		return messages;
	}

	public boolean itemsInvalid() {
		return !itemErrors().isEmpty();
	}

	public List<String> otherErrors() {
		return errors.otherThan(FIELDS).stream().filter(message -> !itemErrors().contains(message)).toList();
	}

	public List<Integer> rows() {
		return java.util.stream.IntStream.range(0, form.kpiId().size()).boxed().toList();
	}
}
