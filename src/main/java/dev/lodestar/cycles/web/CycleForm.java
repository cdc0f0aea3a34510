package dev.lodestar.cycles.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleRevision;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.cycles.NewCycle;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

/**
 * The cycle form as typed: dates as the browser's date fields send them (2026-01-31). {@code idempotencyKey} is made
 * when the form is shown, so a double-clicked submit plans one cycle.
 */
public record CycleForm(String name, String startsOn, String endsOn, String state, Integer version, String idempotencyKey) {

	static CycleForm empty() {
		return new CycleForm("", "", "", CycleState.PLANNING.name(), null, UUID.randomUUID().toString());
	}

	static CycleForm of(Cycle cycle) {
		return new CycleForm(cycle.name(), cycle.startsOn().toString(), cycle.endsOn().toString(), cycle.state().name(),
				cycle.version(), null);
	}

	NewCycle toNewCycle() {
		rejectUnreadable();
		return new NewCycle(name, date(startsOn), date(endsOn), state(state));
	}

	CycleRevision toRevision() {
		rejectUnreadable();
		return new CycleRevision(name, date(startsOn), date(endsOn), state(state), version);
	}

	/** A date or state that cannot be read is a refusal of its own, not a missing value. */
	private void rejectUnreadable() {
		List<FieldViolation> violations = new ArrayList<>();
		if (startsOn != null && !startsOn.isBlank() && date(startsOn) == null) {
			violations.add(new FieldViolation("startsOn", "validation.must-be-date"));
		}
		if (endsOn != null && !endsOn.isBlank() && date(endsOn) == null) {
			violations.add(new FieldViolation("endsOn", "validation.must-be-date"));
		}
		if (state != null && !state.isBlank() && state(state) == null) {
			violations.add(new FieldViolation("state", "validation.one-of",
					String.join(", ", java.util.stream.Stream.of(CycleState.values()).map(Enum::name).toList())));
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

	private static CycleState state(String text) {
		try {
			return text == null || text.isBlank() ? null : CycleState.valueOf(text.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
