package dev.lodestar.scoring.api;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.scoring.Calibration;
import dev.lodestar.scoring.CalibrationDistribution;
import dev.lodestar.scoring.CalibrationSubject;

/** A person's or team's calibration, as the calibration page shows it. */
record CalibrationResponse(CalibrationSubject subject, long subjectId, String subjectName, Gap gap,
		Forecasts forecasts, List<CalibrationDistribution> distributions) {

	/** @param mean mean of (suggested − self-score), "agree" as 0; positive: teammates would score higher */
	record Gap(int count, BigDecimal mean) {
	}

	/** @param meanError mean absolute difference between confidence (read as 0.0–1.0) and final score */
	record Forecasts(BigDecimal meanError, List<Forecast> keyResults) {
	}

	record Forecast(long keyResultId, String title, int confidence, BigDecimal forecast, BigDecimal finalScore,
			BigDecimal difference) {
	}

	static CalibrationResponse of(Calibration calibration) {
		return new CalibrationResponse(calibration.subject(), calibration.subjectId(), calibration.subjectName(),
				new Gap(calibration.gap().count(), calibration.gap().mean()),
				new Forecasts(calibration.forecasts().meanError(), calibration.forecasts().forecasts().stream()
					.map(forecast -> new Forecast(forecast.keyResultId(),
							calibration.keyResultTitles().get(forecast.keyResultId()), forecast.confidence(),
							forecast.forecast(), forecast.finalScore(), forecast.error()))
					.toList()),
				calibration.distributions());
	}
}
