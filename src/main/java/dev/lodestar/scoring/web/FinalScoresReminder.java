package dev.lodestar.scoring.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.UnscoredKeyResult;

/**
 * The home page's reminder: the caller's key results still without the final score their owners were asked for.
 *
 * @param closable the cycle running now, for those who may close it: a way to its close-out page; else null
 */
public record FinalScoresReminder(Shell shell, List<UnscoredKeyResult> keyResults, Cycle closable) {

	public FinalScoresReminder {
		keyResults = List.copyOf(keyResults);
	}
}
