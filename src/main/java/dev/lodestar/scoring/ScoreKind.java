package dev.lodestar.scoring;

import java.time.LocalDate;

/** Mid-cycle a score forecasts where a key result will end; from the cycle's last week on it is the final judgement. */
public enum ScoreKind {

	FORECAST, FINAL;

	/** The final week starts six days before the cycle ends, so the closing review scores finally. */
	static final int FINAL_DAYS = 7;

	public static ScoreKind on(LocalDate day, LocalDate cycleEndsOn) {
		return day.isBefore(cycleEndsOn.minusDays(FINAL_DAYS - 1)) ? FORECAST : FINAL;
	}
}
