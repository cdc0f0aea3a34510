package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.platform.jdbc.SqlValues;

/**
 * Confidence as a forecast: the confidence of the last check-in before a key result's final score, read as 0.0–1.0
 * (confidence 7 forecasts 0.7), against that final score. The mean absolute difference says how well confidence
 * predicted the outcome; key results without a check-in before their final score are left out.
 *
 * @param meanError two decimals; null while no key result has both
 */
public record CalibrationForecasts(List<Forecast> forecasts, BigDecimal meanError) {

	public CalibrationForecasts {
		forecasts = List.copyOf(forecasts);
	}

	/** One key result: the confidence it last had, what it forecast, its final score and how far apart they were. */
	public record Forecast(long keyResultId, int confidence, BigDecimal forecast, BigDecimal finalScore,
			BigDecimal error) {
	}

	/**
	 * @param finalScores the final score of each key result that has one
	 * @param checkIns    key results' check-ins, oldest first
	 */
	public static CalibrationForecasts of(List<Score> finalScores, Map<Long, List<CheckIn>> checkIns) {
		List<Forecast> forecasts = new ArrayList<>();
		for (Score score : finalScores) {
			CheckIn last = null;
			for (CheckIn checkIn : checkIns.getOrDefault(score.keyResultId(), List.of())) {
				if (!checkIn.checkedInAt().isAfter(score.recordedAt())
						&& (last == null || !checkIn.checkedInAt().isBefore(last.checkedInAt()))) {
					last = checkIn;
				}
			}
			if (last != null) {
				BigDecimal forecast = BigDecimal.valueOf(last.confidence()).movePointLeft(1);
				forecasts.add(new Forecast(score.keyResultId(), last.confidence(), SqlValues.plain(forecast),
						SqlValues.plain(score.value()), SqlValues.plain(forecast.subtract(score.value()).abs())));
			}
		}
		forecasts.sort(Comparator.comparing(Forecast::error).reversed().thenComparing(Forecast::keyResultId));
		if (forecasts.isEmpty()) {
			return new CalibrationForecasts(forecasts, null);
		}
		BigDecimal sum = forecasts.stream().map(Forecast::error).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CalibrationForecasts(forecasts,
				SqlValues.plain(sum.divide(BigDecimal.valueOf(forecasts.size()), 2, RoundingMode.HALF_UP)));
	}
}
