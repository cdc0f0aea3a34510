package dev.lodestar.alignment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The alignment of one objective as its page shows it: what it supports, what supports it, the mean of the
 * supporters whose links roll up (absent when none does), and for its owners the form to align it to something
 * more. {@code notices} says why a change to a link was refused; {@code options} are the choices shown with a
 * refused form, absent otherwise (they come as the owner types).
 */
public record AlignmentSection(Shell shell, long objectiveId, List<AlignmentLine> supports,
		List<AlignmentLine> supportedBy, BigDecimal rolledUpProgress, int rolledUpCount, boolean mayLink,
		AlignmentForm form, FormErrors errors, List<String> notices, ParentOptions options) {

	private static final List<String> PARENT_FIELDS = List.of("parent", "parentObjectiveId", "parentKeyResultId");

	/** The refusal of the form, next to the choice it is about. */
	public List<String> parentErrors() {
		List<String> messages = new ArrayList<>();
		PARENT_FIELDS.forEach(field -> messages.addAll(errors.of(field)));
		return messages;
	}

	/** What the form's refusal says beyond its field, so nothing is lost and nothing said twice. */
	public List<String> formErrors() {
		List<String> messages = new ArrayList<>(errors.otherThan(PARENT_FIELDS));
		if (parentErrors().isEmpty()) {
			messages.addAll(errors.general());
		}
		return messages;
	}
}
