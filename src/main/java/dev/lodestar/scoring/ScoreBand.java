package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a score says, in the method's words. A score between two bands (an objective's mean, 0.55) is read at one
 * decimal, rounded half up: 0.55 is read as 0.6, healthy ambition.
 */
public enum ScoreBand {

	/** Below 0.4: missed — what did we learn? */
	MISSED,
	/** 0.4–0.5: progress made. */
	PROGRESS,
	/** 0.6–0.7: the band the method aims for. */
	HEALTHY,
	/** 0.8–0.9: was it ambitious enough? */
	SAFE,
	/** 1.0: a stretch that was not a stretch. */
	NO_STRETCH;

	public static ScoreBand of(BigDecimal score) {
		int tenths = score.setScale(1, RoundingMode.HALF_UP).unscaledValue().intValue();
		if (tenths < 4) {
			return MISSED;
		}
		if (tenths < 6) {
			return PROGRESS;
		}
		if (tenths < 8) {
			return HEALTHY;
		}
		return tenths < 10 ? SAFE : NO_STRETCH;
	}

	/** The message key of the band's short explanation, e.g. {@code score.band.HEALTHY}. */
	public String messageKey() {
		return "score.band." + name();
	}
}
