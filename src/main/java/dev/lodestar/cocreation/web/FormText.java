package dev.lodestar.cocreation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.web.FormNumbers;

/** Reading numbers typed into the session's forms: "abc" where a number belongs is refused on its own field. */
final class FormText {

	private FormText() {
	}

	static Long id(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException notAnId) {
			return -1L;
		}
	}

	static void requireNumbers(String... fieldsAndValues) {
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			String value = fieldsAndValues[i + 1];
			if (value != null && !value.isBlank() && FormNumbers.decimal(value) == null) {
				violations.add(new FieldViolation(fieldsAndValues[i], "validation.must-be-number"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	static String plain(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

	static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
