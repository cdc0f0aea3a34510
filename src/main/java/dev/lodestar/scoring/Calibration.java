package dev.lodestar.scoring;

import java.util.List;
import java.util.Map;

/**
 * How a person's or a team's scores compare with what others saw and with what they forecast: the gap to
 * revealed peer feedback, confidence against final scores, and each cycle's scores against the healthy band.
 * Only that person, or that team's members and leads, ever see it — admins included only if they are that person
 * or on that team.
 *
 * @param keyResultTitles the titles of the key results named in {@code forecasts}
 */
public record Calibration(CalibrationSubject subject, long subjectId, String subjectName, CalibrationGap gap,
		CalibrationForecasts forecasts, List<CalibrationDistribution> distributions, Map<Long, String> keyResultTitles) {

	public Calibration {
		distributions = List.copyOf(distributions);
		keyResultTitles = Map.copyOf(keyResultTitles);
	}
}
