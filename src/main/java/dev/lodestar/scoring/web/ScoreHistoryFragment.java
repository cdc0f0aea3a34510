package dev.lodestar.scoring.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.Score;

/** A key result's scores, newest first: how its forecast moved. */
public record ScoreHistoryFragment(Shell shell, long keyResultId, List<Score> scores, Map<Long, String> authors) {

	public String authorOf(long personId) {
		return authors.getOrDefault(personId, "");
	}
}
