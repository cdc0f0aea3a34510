package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.jdbc.SqlValues;

/**
 * One cycle's key-result scores counted in the eleven steps 0.0, 0.1 … 1.0, and the share in the healthy band
 * 0.6–0.7: a cycle whose scores pile up at 1.0 aimed too low, one at 0.2 too high.
 *
 * @param counts        eleven counts, index i for the score i/10
 * @param shareInBand   percent of scored key results in 0.6–0.7, one decimal; null when none is scored
 */
public record CalibrationDistribution(long cycleId, String cycleName, List<Integer> counts, int scored, int inBand,
		BigDecimal shareInBand) {

	public static final int STEPS = 11;

	public CalibrationDistribution {
		counts = List.copyOf(counts);
	}

	public static CalibrationDistribution of(Cycle cycle, List<BigDecimal> scores) {
		List<Integer> counts = new ArrayList<>(Collections.nCopies(STEPS, 0));
		int inBand = 0;
		for (BigDecimal score : scores) {
			int step = score.setScale(1, RoundingMode.HALF_UP).unscaledValue().intValue();
			counts.set(step, counts.get(step) + 1);
			if (ScoreBand.of(score) == ScoreBand.HEALTHY) {
				inBand++;
			}
		}
		BigDecimal share = scores.isEmpty() ? null
				: SqlValues.plain(BigDecimal.valueOf(inBand * 100L)
					.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP));
		return new CalibrationDistribution(cycle.id(), cycle.name(), counts, scores.size(), inBand, share);
	}

	/** The step of index i as people write it: 0.0, 0.1 … 1.0. */
	public static String step(int index) {
		return BigDecimal.valueOf(index, 1).toPlainString();
	}
}
