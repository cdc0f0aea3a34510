package dev.lodestar.platform.web;

import java.math.BigDecimal;

/**
 * Numbers as typed into forms: blank is absent, and so is text that is not a number — the form then refuses it
 * with its own message. A decimal comma reads as a point, as many Chinese and European keyboards type it.
 */
public final class FormNumbers {

	private FormNumbers() {
	}

	public static BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	public static Integer whole(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
