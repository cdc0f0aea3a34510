package dev.lodestar.platform.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

/**
 * Checks a command's field constraints where the command is handled, so that the web pages and the API
 * are held to the same rules. A violation becomes a message key ({@code validation.Size}) and arguments,
 * translated only when shown.
 */
@Component
public class InputValidator {

	private final Validator validator;

	InputValidator(Validator validator) {
		this.validator = validator;
	}

	public <T> T check(T command) {
		return check(command, List.of());
	}

	/**
	 * Checks the constraints and refuses the command with these further violations found by rules the annotations
	 * cannot say, so that a form shows every problem at once.
	 */
	public <T> T check(T command, List<FieldViolation> further) {
		if (command == null) {
			throw InvalidInputException.of("body", "validation.NotNull");
		}
		Set<ConstraintViolation<T>> violations = validator.validate(command);
		if (!violations.isEmpty() || !further.isEmpty()) {
			throw new InvalidInputException(java.util.stream.Stream.concat(
					violations.stream().map(InputValidator::toFieldViolation), further.stream())
				.sorted(Comparator.comparing(FieldViolation::field))
				.toList());
		}
		return command;
	}

	private static FieldViolation toFieldViolation(ConstraintViolation<?> violation) {
		var descriptor = violation.getConstraintDescriptor();
		String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
		Map<String, Object> attributes = descriptor.getAttributes();
		Object[] args = switch (constraint) {
			case "Size" -> new Object[] { attributes.get("min"), attributes.get("max") };
			case "Min", "Max", "DecimalMin", "DecimalMax" -> new Object[] { attributes.get("value") };
			case "Digits" -> new Object[] { attributes.get("integer"), attributes.get("fraction") };
			default -> new Object[0];
		};
		return new FieldViolation(fieldOf(violation), "validation." + constraint, args);
	}

	/** {@code viewerIds[2].<list element>} reads {@code viewerIds[2]}: the JSON path of the value. */
	private static String fieldOf(ConstraintViolation<?> violation) {
		return List.of(violation.getPropertyPath().toString().split("\\.")).stream()
			.filter(part -> !part.startsWith("<"))
			.reduce((left, right) -> left + "." + right)
			.orElse("body");
	}
}
