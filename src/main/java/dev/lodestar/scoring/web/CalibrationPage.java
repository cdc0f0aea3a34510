package dev.lodestar.scoring.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.Calibration;
import dev.lodestar.scoring.CalibrationForecasts;
import dev.lodestar.scoring.CalibrationSubject;

/** A person's or a team's calibration, with its chart's data as JSON. */
public record CalibrationPage(Shell shell, Calibration calibration, String chart) {

	/** The page lists the forecasts that missed most; the API has them all. */
	public static final int LISTED = 10;

	public boolean person() {
		return calibration.subject() == CalibrationSubject.PERSON;
	}

	public List<CalibrationForecasts.Forecast> listed() {
		var all = calibration.forecasts().forecasts();
		return all.subList(0, Math.min(LISTED, all.size()));
	}

	public int unlisted() {
		return calibration.forecasts().forecasts().size() - listed().size();
	}
}
