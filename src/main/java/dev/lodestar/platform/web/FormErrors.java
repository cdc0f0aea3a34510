package dev.lodestar.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;

/**
 * A refused form's messages, in the reader's words: each next to its field, and what belongs to no field
 * (a cap, a rule, a conflict) above the form.
 */
public record FormErrors(Map<String, List<String>> fields, List<String> general) {

	public static FormErrors none() {
		return new FormErrors(Map.of(), List.of());
	}

	public static FormErrors of(Problem problem, Texts t) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (FieldViolation violation : problem.violations()) {
			fields.computeIfAbsent(violation.field(), field -> new ArrayList<>()).add(t.m(violation.messageKey(), violation.args()));
		}
		boolean explainedByFields = problem instanceof InvalidInputException && !fields.isEmpty();
		List<String> general = explainedByFields ? List.of() : List.of(t.m(problem.detailKey(), problem.args()));
		return new FormErrors(Map.copyOf(fields), general);
	}

	public boolean any() {
		return !fields.isEmpty() || !general.isEmpty();
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	public List<String> of(String field) {
		return fields.getOrDefault(field, List.of());
	}

	/** Messages of fields the form does not show, so none is lost. */
	public List<String> otherThan(List<String> shownFields) {
		List<String> others = new ArrayList<>();
		fields.forEach((field, messages) -> {
			if (!shownFields.contains(field)) {
				others.addAll(messages);
			}
		});
		return others;
	}
}
