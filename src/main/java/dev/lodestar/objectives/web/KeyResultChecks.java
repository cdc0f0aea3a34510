package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.DraftReview;
import dev.lodestar.objectives.Drafts;
import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.ObjectiveCaps;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** What the key result forms say while they are filled in, and the cap when the objective has no room left. */
@Component
class KeyResultChecks {

	static final String HINTS_ID = "key-result-title-hints";

	private final Drafts drafts;

	private final ObjectiveCaps caps;

	KeyResultChecks(Drafts drafts, ObjectiveCaps caps) {
		this.drafts = drafts;
		this.caps = caps;
	}

	/** The cap explained, when the objective has as many key results as allowed; nothing while it has room. */
	List<String> capNotice(Shell shell, ObjectiveView objective) {
		try {
			caps.requireRoomForKeyResult(objective);
			return List.of();
		}
		catch (Problem full) {
			return FormErrors.of(full, shell.t()).general();
		}
	}

	FormChecks ofNew(Shell shell, KeyResultForm form, String typedIn) {
		return checks(shell, form, drafts.review(form.toNewKeyResult()), typedIn);
	}

	FormChecks ofRevision(Shell shell, KeyResultForm form, String typedIn) {
		return checks(shell, form, drafts.review(form.toRevision()), typedIn);
	}

	/** Refuses a form with text where a number belongs, before the command reads the field as missing. */
	static void requireNumbers(KeyResultForm form) {
		List<FieldViolation> notNumbers = form.notNumbers();
		if (!notNumbers.isEmpty()) {
			throw new InvalidInputException(notNumbers);
		}
	}

	private static FormChecks checks(Shell shell, KeyResultForm form, DraftReview review, String typedIn) {
		var t = shell.t();
		List<FieldViolation> violations = new ArrayList<>(form.notNumbers());
		List<String> notNumbers = violations.stream().map(FieldViolation::field).toList();
		review.violations().stream().filter(violation -> !notNumbers.contains(violation.field())).forEach(violations::add);
		return new FormChecks(shell, KeyResultForm.FIELDS.checks(violations, t, typedIn, form::filled), HINTS_ID,
				review.hints().stream().map(Hint::messageKey).map(key -> t.m(key)).toList(), null, null);
	}
}
