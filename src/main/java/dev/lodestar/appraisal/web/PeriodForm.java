package dev.lodestar.appraisal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.lodestar.appraisal.AppraisalPeriod;
import dev.lodestar.appraisal.NewPeriod;
import dev.lodestar.appraisal.PeriodRevision;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

/** The period form as typed, dates as the browser's date fields send them. */
public record PeriodForm(String name, String startsOn, String endsOn, Integer version, String idempotencyKey) {

	static PeriodForm empty() {
		return new PeriodForm("", "", "", null, UUID.randomUUID().toString());
	}

	static PeriodForm of(AppraisalPeriod period) {
		return new PeriodForm(period.name(), period.startsOn().toString(), period.endsOn().toString(), period.version(), null);
	}

	NewPeriod toNewPeriod() {
		rejectUnreadable();
		return new NewPeriod(name, date(startsOn), date(endsOn));
	}

	PeriodRevision toRevision() {
		rejectUnreadable();
		return new PeriodRevision(name, date(startsOn), date(endsOn), version);
	}

	private void rejectUnreadable() {
		List<FieldViolation> violations = new ArrayList<>();
		if (startsOn != null && !startsOn.isBlank() && date(startsOn) == null) {
			violations.add(new FieldViolation("startsOn", "validation.must-be-date"));
		}
		if (endsOn != null && !endsOn.isBlank() && date(endsOn) == null) {
			violations.add(new FieldViolation("endsOn", "validation.must-be-date"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
