package dev.lodestar.scoring;

import dev.lodestar.objectives.KeyResultView;

/** A key result with its current score, if it has one yet. */
public record KeyResultScore(KeyResultView keyResult, Score score) {

	public boolean scored() {
		return score != null;
	}
}
