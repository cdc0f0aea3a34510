package dev.lodestar.kpis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiRevision;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.kpis.NewKpi;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.web.FormNumbers;

/**
 * The define and revise form as typed. The owner ({@code team} or {@code person}) comes from the address of the new
 * form and stays with a KPI; {@code version} is the one the form was read at.
 */
public record KpiForm(Long team, Long person, String name, String unit, String direction, String target,
		String healthyThreshold, String criticalThreshold, String frequency, String source, Integer version,
		String idempotencyKey) {

	static KpiForm blank(Long team, Long person) {
		return new KpiForm(team, person, "", "", KpiDirection.HIGHER_IS_BETTER.name(), "", "", "",
				KpiFrequency.MONTHLY.name(), KpiSource.MANUAL.name(), null, UUID.randomUUID().toString());
	}

	static KpiForm of(Kpi kpi) {
		var targets = kpi.targets();
		return new KpiForm(kpi.owner().teamId(), kpi.owner().personId(), kpi.name(), kpi.unit(),
				targets.direction().name(), targets.target().toPlainString(), targets.healthy().toPlainString(),
				targets.critical().toPlainString(), kpi.frequency().name(), kpi.source().name(), kpi.version(), null);
	}

	NewKpi toNewKpi() {
		return new NewKpi(name, unit, team, person, choice(KpiDirection.class, direction),
				FormNumbers.decimal(target), FormNumbers.decimal(healthyThreshold), FormNumbers.decimal(criticalThreshold),
				choice(KpiFrequency.class, frequency), choice(KpiSource.class, source));
	}

	KpiRevision toRevision() {
		return new KpiRevision(name, unit, choice(KpiDirection.class, direction), FormNumbers.decimal(target),
				FormNumbers.decimal(healthyThreshold), FormNumbers.decimal(criticalThreshold),
				choice(KpiFrequency.class, frequency), choice(KpiSource.class, source), version);
	}

	/** "abc" in a number field is a refusal of its own, not a missing value. */
	void rejectNonNumbers() {
		List<FieldViolation> violations = new ArrayList<>();
		for (var field : List.of(List.of("target", nonNull(target)), List.of("healthyThreshold", nonNull(healthyThreshold)),
				List.of("criticalThreshold", nonNull(criticalThreshold)))) {
			String typed = field.get(1);
			if (!typed.isBlank() && FormNumbers.decimal(typed) == null) {
				violations.add(new FieldViolation(field.get(0), "validation.must-be-number"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	/** A value no option offers is absent, and refused as missing. */
	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}
}
