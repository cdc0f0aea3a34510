package dev.lodestar.platform.errors;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A rule of the method or of the organisation refuses the change in the current state, e.g. a sixth
 * objective. The detail explains the rule, so the person learns why, not just that.
 */
public class RuleViolationException extends Problem {

	public RuleViolationException(String code, String detailKey, Object... args) {
		this(HttpStatus.CONFLICT, code, detailKey, List.of(), args);
	}

	public RuleViolationException(HttpStatus status, String code, String detailKey, List<FieldViolation> violations,
			Object... args) {
		super(status, code, detailKey, violations, args);
	}

	/** The same refusal, pinned to the field a form shows it next to. */
	public static RuleViolationException onField(String field, String code, String messageKey, Object... args) {
		return new RuleViolationException(HttpStatus.CONFLICT, code, messageKey,
				List.of(new FieldViolation(field, messageKey, args)), args);
	}
}
