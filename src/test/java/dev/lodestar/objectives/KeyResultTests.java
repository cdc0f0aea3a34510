package dev.lodestar.objectives;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultTests {

	private static KeyResult of(KeyResultKind kind, String start, String target) {
		return new KeyResult(1, 1, 1, "KR", kind, start == null ? null : new BigDecimal(start),
				target == null ? null : new BigDecimal(target), null, 1, 0, false);
	}

	private static BigDecimal progress(KeyResult keyResult, String value) {
		return keyResult.progressAt(value == null ? null : new BigDecimal(value));
	}

	@Test
	void measuresAnIncreaseFromStartToTarget() {
		var users = of(KeyResultKind.INCREASE, "2000", "5000");

		assertThat(progress(users, "3500")).isEqualByComparingTo("50");
		assertThat(progress(users, "2000")).isEqualByComparingTo("0");
		assertThat(progress(users, "3000")).isEqualByComparingTo("33.3");
	}

	@Test
	void measuresADecreaseTowardTheLowerTarget() {
		var latency = of(KeyResultKind.DECREASE, "800", "200");

		assertThat(progress(latency, "500")).isEqualByComparingTo("50");
		assertThat(progress(latency, "200")).isEqualByComparingTo("100");
	}

	@Test
	void clampsProgressBetweenNothingAndEverything() {
		var users = of(KeyResultKind.INCREASE, "10", "20");

		assertThat(progress(users, "5")).isEqualByComparingTo("0");
		assertThat(progress(users, "35")).isEqualByComparingTo("100");
		assertThat(progress(of(KeyResultKind.DECREASE, "800", "200"), "1000")).isEqualByComparingTo("0");
	}

	@Test
	void countsAMilestoneAsAllOrNothing() {
		var milestone = of(KeyResultKind.MILESTONE, null, null);

		assertThat(progress(milestone, "1")).isEqualByComparingTo("100");
		assertThat(progress(milestone, "0")).isEqualByComparingTo("0");
	}

	@Test
	void measuresAPercentageFromItsStart() {
		assertThat(progress(of(KeyResultKind.PERCENTAGE, "0", "80"), "20")).isEqualByComparingTo("25");
		assertThat(progress(of(KeyResultKind.PERCENTAGE, "40", "80"), "60")).isEqualByComparingTo("50");
	}

	@Test
	void showsNoProgressBeforeTheFirstCheckIn() {
		assertThat(progress(of(KeyResultKind.INCREASE, "0", "10"), null)).isEqualByComparingTo("0");
		assertThat(progress(of(KeyResultKind.MILESTONE, null, null), null)).isEqualByComparingTo("0");
	}

	@Test
	void rollsKeyResultsUpIntoTheObjectivesProgressAsTheirMean() {
		var objective = new Objective(1, 1, Owner.person(1), "O", "", Visibility.PUBLIC, java.util.List.of(), 1, 0, null, null, false);
		var views = java.util.List.of(
				KeyResultView.of(of(KeyResultKind.INCREASE, "0", "10"), reading("5")),
				KeyResultView.of(of(KeyResultKind.MILESTONE, null, null), reading("1")),
				KeyResultView.of(of(KeyResultKind.INCREASE, "0", "3"), null));

		assertThat(ObjectiveView.of(objective, views).progress()).isEqualByComparingTo("50");
		assertThat(ObjectiveView.of(objective, java.util.List.of()).progress()).isNull();
	}

	private static Reading reading(String value) {
		return new Reading(1, new BigDecimal(value), 5, "", 1, java.time.Instant.EPOCH);
	}
}
