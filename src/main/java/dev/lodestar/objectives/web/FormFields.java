package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Texts;

/**
 * The fields of a form and the command fields whose refusals each one shows, e.g. the owner select shows those of
 * {@code ownerTeamId} and {@code ownerPersonId}. Element ids follow one pattern: {@code <form>-<field>-error}.
 */
final class FormFields {

	/** A form field and the command fields it answers for; {@code viewerIds} also answers for {@code viewerIds[3]}. */
	record Field(String name, List<String> commandFields) {

		boolean answersFor(String commandField) {
			return commandFields.stream()
				.anyMatch(own -> commandField.equals(own) || commandField.startsWith(own + "[") || commandField.startsWith(own + "."));
		}
	}

	private final String form;

	private final List<Field> fields;

	private FormFields(String form, List<Field> fields) {
		this.form = form;
		this.fields = List.copyOf(fields);
	}

	static FormFields of(String form, Field... fields) {
		return new FormFields(form, List.of(fields));
	}

	static Field field(String name, String... commandFields) {
		return new Field(name, List.of(commandFields.length == 0 ? new String[] { name } : commandFields));
	}

	String errorId(String name) {
		return form + "-" + name + "-error";
	}

	/** The messages of a refused form that belong next to this field. */
	List<String> messages(FormErrors errors, String name) {
		Field field = fields.stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
		List<String> messages = new ArrayList<>();
		errors.fields().forEach((commandField, texts) -> {
			if (field.answersFor(commandField)) {
				messages.addAll(texts);
			}
		});
		return messages;
	}

	/** What belongs to no field of this form: a rule, a conflict, or a field the form does not show. */
	List<String> unplaced(FormErrors errors) {
		List<String> messages = new ArrayList<>(errors.general());
		errors.fields().forEach((commandField, texts) -> {
			if (fields.stream().noneMatch(field -> field.answersFor(commandField))) {
				messages.addAll(texts);
			}
		});
		return messages;
	}

	/**
	 * Each field's messages while the form is filled in: for the field being typed in and for those holding a value.
	 * An untouched empty field stays quiet, so nobody is told "is required" before they got to it.
	 */
	List<FieldCheck> checks(List<FieldViolation> violations, Texts t, String typedIn, Predicate<String> filled) {
		List<FieldCheck> checks = new ArrayList<>();
		for (Field field : fields) {
			List<String> messages = new ArrayList<>();
			if (field.name().equals(typedIn) || filled.test(field.name())) {
				violations.stream()
					.filter(violation -> field.answersFor(violation.field()))
					.forEach(violation -> messages.add(t.m(violation.messageKey(), violation.args())));
			}
			checks.add(new FieldCheck(errorId(field.name()), messages));
		}
		return checks;
	}
}
