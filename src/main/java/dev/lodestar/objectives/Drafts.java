package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Reads a draft objective or key result as saving it would, without saving: the field messages and the
 * wording hints, while the person is still typing. The rules are the commands' own, so the forms and the API
 * say the same. Who may save it, and whether there is room, is decided when it is saved.
 */
@Component
public class Drafts {

	private final InputValidator validator;

	Drafts(InputValidator validator) {
		this.validator = validator;
	}

	public DraftReview review(NewObjective draft) {
		return new DraftReview(violationsOf(draft), objectiveHints(draft.title()));
	}

	public DraftReview review(ObjectiveRevision draft) {
		return new DraftReview(violationsOf(draft), objectiveHints(draft.title()));
	}

	public DraftReview review(NewKeyResult draft) {
		List<FieldViolation> violations = violationsOf(draft);
		violations.addAll(measureViolations(draft.kind(), draft.start(), draft.target(), draft.unit()));
		return new DraftReview(violations, keyResultHints(draft.title()));
	}

	public DraftReview review(KeyResultRevision draft) {
		List<FieldViolation> violations = violationsOf(draft);
		violations.addAll(measureViolations(draft.kind(), draft.start(), draft.target(), draft.unit()));
		return new DraftReview(violations, keyResultHints(draft.title()));
	}

	private List<FieldViolation> violationsOf(Object command) {
		try {
			validator.check(command);
			return new ArrayList<>();
		}
		catch (InvalidInputException refused) {
			return new ArrayList<>(refused.violations());
		}
	}

	private static List<FieldViolation> measureViolations(KeyResultKind kind, BigDecimal start, BigDecimal target,
			String unit) {
		if (kind == null) {
			return List.of();
		}
		try {
			KeyResultRules.check(kind, start, target, unit);
			return List.of();
		}
		catch (InvalidInputException refused) {
			return refused.violations();
		}
	}

	private static List<Hint> objectiveHints(String title) {
		return title == null || title.isBlank() ? List.of() : WordingHints.forObjectiveTitle(title.strip());
	}

	private static List<Hint> keyResultHints(String title) {
		return title == null || title.isBlank() ? List.of() : WordingHints.forKeyResultTitle(title);
	}
}
