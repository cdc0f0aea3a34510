package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationGapTests {

	private static CalibrationGap.Judgement judged(String self, String suggested) {
		return new CalibrationGap.Judgement(new BigDecimal(self), suggested == null ? null : new BigDecimal(suggested));
	}

	@Test
	void theGapIsTheMeanOfSuggestedMinusSelfScoreWithAgreeCountingAsNoDifference() {
		var gap = CalibrationGap.of(List.of(judged("0.5", "0.7"), judged("0.5", null), judged("0.6", "0.7")));

		assertThat(gap.count()).isEqualTo(3);
		assertThat(gap.mean()).isEqualByComparingTo("0.1");
		assertThat(gap.readingKey()).isEqualTo("calibration.gap.higher");
		assertThat(gap.amount()).isEqualByComparingTo("0.1");
	}

	@Test
	void teammatesWhoWouldScoreLowerMakeANegativeGapReadAsLower() {
		var gap = CalibrationGap.of(List.of(judged("0.9", "0.6"), judged("1.0", "0.8")));

		assertThat(gap.mean()).isEqualByComparingTo("-0.25");
		assertThat(gap.readingKey()).isEqualTo("calibration.gap.lower");
		assertThat(gap.amount()).isEqualByComparingTo("0.25");
	}

	@Test
	void agreementAndDifferencesThatCancelOutReadAsTheSame() {
		assertThat(CalibrationGap.of(List.of(judged("0.6", null))).readingKey()).isEqualTo("calibration.gap.same");
		assertThat(CalibrationGap.of(List.of(judged("0.6", "0.8"), judged("0.6", "0.4"))).readingKey())
			.isEqualTo("calibration.gap.same");
	}

	@Test
	void withoutFeedbackThereIsNoGapToSpeakOf() {
		var gap = CalibrationGap.of(List.of());

		assertThat(gap.count()).isZero();
		assertThat(gap.mean()).isNull();
		assertThat(gap.readingKey()).isEqualTo("calibration.gap.none");
	}
}
