package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationForecastsTests {

	private static final Instant FINAL_AT = Instant.parse("2026-12-28T10:00:00Z");

	private static Score finalScore(long keyResultId, String value) {
		return new Score(keyResultId * 10, keyResultId, 1, new BigDecimal(value), BigDecimal.ONE, "done", ScoreKind.FINAL,
				1, FINAL_AT);
	}

	private static CheckIn checkIn(long keyResultId, int confidence, Instant at) {
		return new CheckIn(at.getEpochSecond(), keyResultId, BigDecimal.TEN, null, confidence, "", 1, at, BigDecimal.TEN,
				CheckInSource.WEB, null);
	}

	@Test
	void theLastConfidenceBeforeTheFinalScoreIsItsForecastReadAsTenths() {
		var forecasts = CalibrationForecasts.of(List.of(finalScore(1, "0.6")), Map.of(1L, List.of(
				checkIn(1, 3, FINAL_AT.minusSeconds(7200)), checkIn(1, 9, FINAL_AT.minusSeconds(60)),
				checkIn(1, 1, FINAL_AT.plusSeconds(60)))));

		assertThat(forecasts.forecasts()).singleElement().satisfies(forecast -> {
			assertThat(forecast.confidence()).isEqualTo(9);
			assertThat(forecast.forecast()).isEqualByComparingTo("0.9");
			assertThat(forecast.finalScore()).isEqualByComparingTo("0.6");
			assertThat(forecast.error()).isEqualByComparingTo("0.3");
		});
		assertThat(forecasts.meanError()).isEqualByComparingTo("0.3");
	}

	@Test
	void theMeanErrorIsTheMeanAbsoluteDifferenceAndTheBiggestMissComesFirst() {
		var forecasts = CalibrationForecasts.of(List.of(finalScore(1, "0.6"), finalScore(2, "0.7")), Map.of(
				1L, List.of(checkIn(1, 5, FINAL_AT.minusSeconds(60))),
				2L, List.of(checkIn(2, 10, FINAL_AT.minusSeconds(60)))));

		assertThat(forecasts.forecasts()).extracting(CalibrationForecasts.Forecast::keyResultId).containsExactly(2L, 1L);
		assertThat(forecasts.meanError()).isEqualByComparingTo("0.2");
	}

	@Test
	void aKeyResultWithoutACheckInBeforeItsFinalScoreIsLeftOut() {
		var forecasts = CalibrationForecasts.of(List.of(finalScore(1, "0.6"), finalScore(2, "0.4")),
				Map.of(2L, List.of(checkIn(2, 4, FINAL_AT.plusSeconds(60)))));

		assertThat(forecasts.forecasts()).isEmpty();
		assertThat(forecasts.meanError()).isNull();
	}
}
