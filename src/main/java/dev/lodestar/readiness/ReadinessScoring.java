package dev.lodestar.readiness;

import java.util.EnumMap;
import java.util.Map;

/**
 * A team's score per condition from the tallies: the mean of its questions' scored answers (1–5) mapped onto 0–100
 * and rounded. A condition nobody answered scores nothing; every answer covers every question, so that happens only
 * before the first answer.
 */
public final class ReadinessScoring {

	private ReadinessScoring() {
	}

	public static Map<ReadinessCondition, Integer> scores(ReadinessTallies tallies) {
		Map<ReadinessCondition, long[]> sums = new EnumMap<>(ReadinessCondition.class);
		for (ReadinessQuestion question : ReadinessQuestion.values()) {
			long[] sum = sums.computeIfAbsent(question.condition(), c -> new long[2]);
			for (int answer = ReadinessQuestion.LOWEST; answer <= ReadinessQuestion.HIGHEST; answer++) {
				int count = tallies.count(question, answer);
				sum[0] += (long) count * question.scored(answer);
				sum[1] += count;
			}
		}
		Map<ReadinessCondition, Integer> scores = new EnumMap<>(ReadinessCondition.class);
		sums.forEach((condition, sum) -> {
			if (sum[1] > 0) {
				double mean = (double) sum[0] / sum[1];
				double span = ReadinessQuestion.HIGHEST - ReadinessQuestion.LOWEST;
				scores.put(condition, (int) Math.round((mean - ReadinessQuestion.LOWEST) / span * 100));
			}
		});
		return scores;
	}

	/** The team's overall stand: its weakest condition's, since OKR needs all three. */
	public static ReadinessStand overall(Map<ReadinessCondition, Integer> scores) {
		return scores.values().stream().map(ReadinessStand::of).min(Enum::compareTo).orElse(ReadinessStand.NOT_YET);
	}
}
