package dev.lodestar.scoring.web;

import java.util.Map;
import java.util.Set;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ObjectiveScore;

/**
 * The scores of an objective's page: the objective's score, each key result's current score, and the bands
 * explained.
 *
 * @param scorable the key results the reader may score now
 * @param authors  names of the people who gave the scores shown
 */
public record ScoresSection(Shell shell, ObjectiveScore scores, Set<Long> scorable, Map<Long, String> authors,
		boolean cycleOpen) {

	public String authorOf(long personId) {
		return authors.getOrDefault(personId, "");
	}
}
