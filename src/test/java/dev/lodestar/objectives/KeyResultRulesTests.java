package dev.lodestar.objectives;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KeyResultRulesTests {

	private static InvalidInputException refusal(KeyResultKind kind, String start, String target, String unit) {
		return catchThrowableOfType(InvalidInputException.class, () -> KeyResultRules.check(kind,
				start == null ? null : new BigDecimal(start), target == null ? null : new BigDecimal(target), unit));
	}

	@Test
	void refusesATargetEqualToTheStart() {
		assertThat(refusal(KeyResultKind.INCREASE, "5", "5.000", "x").violations())
			.extracting(FieldViolation::messageKey).contains("validation.target-equals-start");
	}

	@Test
	void refusesATargetOnTheWrongSideOfTheStart() {
		assertThat(refusal(KeyResultKind.INCREASE, "10", "5", "x").violations()).extracting(FieldViolation::messageKey)
			.containsExactly("validation.increase-target-above-start");
		assertThat(refusal(KeyResultKind.DECREASE, "5", "10", "x").violations()).extracting(FieldViolation::messageKey)
			.containsExactly("validation.decrease-target-below-start");
	}

	@Test
	void keepsNumbersAwayFromMilestones() {
		assertThat(refusal(KeyResultKind.MILESTONE, "0", "1", "done").violations()).extracting(FieldViolation::field)
			.containsExactly("start", "target", "unit");
	}

	@Test
	void keepsPercentagesWithinAHundred() {
		assertThat(refusal(KeyResultKind.PERCENTAGE, "-1", "101", null).violations()).extracting(FieldViolation::field)
			.containsExactly("start", "target");
	}

	@Test
	void startsAPercentageAtZeroInPercent() {
		var measure = KeyResultRules.check(KeyResultKind.PERCENTAGE, null, new BigDecimal("80"), "points");

		assertThat(measure.start()).isEqualByComparingTo("0");
		assertThat(measure.unit()).isEqualTo("%");
	}
}
