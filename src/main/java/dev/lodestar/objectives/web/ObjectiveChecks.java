package dev.lodestar.objectives.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.DraftReview;
import dev.lodestar.objectives.Drafts;
import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.ObjectiveCaps;
import dev.lodestar.objectives.Owner;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** What the objective forms say while they are filled in: field messages, title hints, and the cap. */
@Component
class ObjectiveChecks {

	static final String HINTS_ID = "objective-title-hints";

	static final String NOTICE_ID = "objective-cap-notice";

	private final Drafts drafts;

	private final ObjectiveCaps caps;

	ObjectiveChecks(Drafts drafts, ObjectiveCaps caps) {
		this.drafts = drafts;
		this.caps = caps;
	}

	/** The cap explained, when the owner has no room left in the cycle; nothing when there is room or nothing chosen. */
	List<String> capNotice(Shell shell, Long cycleId, Owner owner) {
		if (cycleId == null || owner == null) {
			return List.of();
		}
		try {
			caps.requireRoomForObjective(cycleId, owner);
			return List.of();
		}
		catch (Problem full) {
			return FormErrors.of(full, shell.t()).general();
		}
	}

	/** A new objective as typed so far, with the cap of the owner and cycle chosen. */
	FormChecks ofNew(Shell shell, ObjectiveForm form, String typedIn) {
		var command = form.toNewObjective();
		return checks(shell, ObjectiveForm.NEW, drafts.review(command), form, typedIn,
				capNotice(shell, command.cycleId(), form.chosenOwner()));
	}

	/** A revision as typed so far; its owner and cycle stay, so there is no cap to check. */
	FormChecks ofRevision(Shell shell, ObjectiveForm form, String typedIn) {
		return checks(shell, ObjectiveForm.EDIT, drafts.review(form.toRevision()), form, typedIn, null);
	}

	private static FormChecks checks(Shell shell, FormFields fields, DraftReview review, ObjectiveForm form, String typedIn,
			List<String> notice) {
		var t = shell.t();
		return new FormChecks(shell, fields.checks(review.violations(), t, typedIn, form::filled), HINTS_ID,
				review.hints().stream().map(Hint::messageKey).map(key -> t.m(key)).toList(), NOTICE_ID, notice);
	}
}
