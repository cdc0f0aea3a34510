package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

/** What makes a key result measurable, per kind; a definition that breaks them is refused field by field. */
final class KeyResultRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A definition that passed the rules, with the defaults of its kind filled in. */
	record Measure(BigDecimal start, BigDecimal target, String unit) {
	}

	private KeyResultRules() {
	}

	static Measure check(KeyResultKind kind, BigDecimal start, BigDecimal target, String unit) {
		List<FieldViolation> violations = new ArrayList<>();
		String cleanUnit = unit == null || unit.isBlank() ? null : unit.strip();
		switch (kind) {
			case MILESTONE -> {
				if (start != null) {
					violations.add(new FieldViolation("start", "validation.milestone-no-numbers"));
				}
				if (target != null) {
					violations.add(new FieldViolation("target", "validation.milestone-no-numbers"));
				}
				if (cleanUnit != null) {
					violations.add(new FieldViolation("unit", "validation.milestone-no-numbers"));
				}
			}
			case PERCENTAGE -> {
				start = start == null ? BigDecimal.ZERO : start;
				cleanUnit = "%";
				requireWithinPercent("start", start, violations);
				if (target == null) {
					violations.add(new FieldViolation("target", "validation.NotNull"));
				}
				else {
					requireWithinPercent("target", target, violations);
				}
			}
			case INCREASE, DECREASE -> {
				if (start == null) {
					violations.add(new FieldViolation("start", "validation.NotNull"));
				}
				if (target == null) {
					violations.add(new FieldViolation("target", "validation.NotNull"));
				}
				if (start != null && target != null) {
					int direction = target.compareTo(start);
					if (kind == KeyResultKind.INCREASE && direction < 0) {
						violations.add(new FieldViolation("target", "validation.increase-target-above-start"));
					}
					if (kind == KeyResultKind.DECREASE && direction > 0) {
						violations.add(new FieldViolation("target", "validation.decrease-target-below-start"));
					}
				}
			}
		}
		if (kind.isNumeric() && start != null && target != null && start.compareTo(target) == 0) {
			violations.add(new FieldViolation("target", "validation.target-equals-start"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Measure(start, target, cleanUnit);
	}

	private static void requireWithinPercent(String field, BigDecimal value, List<FieldViolation> violations) {
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			violations.add(new FieldViolation(field, "validation.Range", 0, 100));
		}
	}
}
