package dev.lodestar.objectives.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultRevision;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.WordingHints;
import dev.lodestar.platform.errors.FieldViolation;

/**
 * The key result form as typed. The form shows start, target and unit only where the kind chosen uses them, so
 * what a hidden field still holds is not sent on: a milestone has no numbers, a percentage's unit is %.
 */
public record KeyResultForm(String title, String kind, String start, String target, String unit, String owner,
		String version, String idempotencyKey) {

	static final FormFields FIELDS = FormFields.of("key-result", FormFields.field("title"), FormFields.field("kind"),
			FormFields.field("start"), FormFields.field("target"), FormFields.field("unit"),
			FormFields.field("owner", "ownerPersonId"));

	static KeyResultForm blank(long ownerPersonId) {
		return new KeyResultForm("", KeyResultKind.INCREASE.name(), "", "", "", String.valueOf(ownerPersonId), "",
				UUID.randomUUID().toString());
	}

	static KeyResultForm of(KeyResult keyResult) {
		return new KeyResultForm(keyResult.title(), keyResult.kind().name(), plain(keyResult.start()),
				plain(keyResult.target()), keyResult.kind() == KeyResultKind.INCREASE || keyResult.kind() == KeyResultKind.DECREASE
						? nullToEmpty(keyResult.unit()) : "",
				String.valueOf(keyResult.ownerPersonId()), String.valueOf(keyResult.version()), "");
	}

	KeyResultForm withVersion(int current) {
		return new KeyResultForm(title, kind, start, target, unit, owner, String.valueOf(current), idempotencyKey);
	}

	KeyResultKind chosenKind() {
		for (KeyResultKind candidate : KeyResultKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		return null;
	}

	NewKeyResult toNewKeyResult() {
		return new NewKeyResult(title, chosenKind(), used("start", start), used("target", target), usedUnit(),
				FormValues.whole(owner));
	}

	KeyResultRevision toRevision() {
		return new KeyResultRevision(title, chosenKind(), used("start", start), used("target", target), usedUnit(),
				FormValues.whole(owner), null, FormValues.version(version));
	}

	/** "abc" where a number belongs is a refusal of its own, not a missing value. */
	List<FieldViolation> notNumbers() {
		List<FieldViolation> violations = new ArrayList<>();
		if (uses("start") && FormValues.notADecimal(start)) {
			violations.add(new FieldViolation("start", "validation.must-be-number"));
		}
		if (uses("target") && FormValues.notADecimal(target)) {
			violations.add(new FieldViolation("target", "validation.must-be-number"));
		}
		return violations;
	}

	/** The hints the title earns as typed. */
	public List<Hint> titleHints() {
		return FormValues.filled(title) ? WordingHints.forKeyResultTitle(title) : List.of();
	}

	public boolean isKind(String name) {
		return name.equals(kind);
	}

	boolean filled(String field) {
		return switch (field) {
			case "title" -> FormValues.filled(title);
			case "kind" -> FormValues.filled(kind);
			case "start" -> uses("start") && FormValues.filled(start);
			case "target" -> uses("target") && FormValues.filled(target);
			case "unit" -> uses("unit") && FormValues.filled(unit);
			case "owner" -> FormValues.filled(owner);
			default -> false;
		};
	}

	private boolean uses(String field) {
		KeyResultKind chosen = chosenKind();
		if (chosen == null || chosen == KeyResultKind.MILESTONE) {
			return false;
		}
		return !field.equals("unit") || chosen != KeyResultKind.PERCENTAGE;
	}

	private BigDecimal used(String field, String text) {
		return uses(field) ? FormValues.decimal(text) : null;
	}

	private String usedUnit() {
		return uses("unit") && FormValues.filled(unit) ? unit : null;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
