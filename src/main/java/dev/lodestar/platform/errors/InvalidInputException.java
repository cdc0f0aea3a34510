package dev.lodestar.platform.errors;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The input breaks a rule of its fields; nothing was changed. */
public class InvalidInputException extends Problem {

	public InvalidInputException(List<FieldViolation> violations) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input.detail", violations);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(new FieldViolation(field, messageKey, args)));
	}
}
