package dev.lodestar.readiness;

import java.util.EnumMap;
import java.util.Map;

/** How many people gave each answer to each question of one check: all that is kept of the answers. */
public final class ReadinessTallies {

	private final Map<ReadinessQuestion, int[]> counts = new EnumMap<>(ReadinessQuestion.class);

	public ReadinessTallies add(ReadinessQuestion question, int answer, int answers) {
		counts.computeIfAbsent(question, q -> new int[ReadinessQuestion.HIGHEST])[answer - ReadinessQuestion.LOWEST] += answers;
		return this;
	}

	public int count(ReadinessQuestion question, int answer) {
		int[] of = counts.get(question);
		return of == null ? 0 : of[answer - ReadinessQuestion.LOWEST];
	}
}
