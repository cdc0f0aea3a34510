package dev.lodestar.scoring.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.UnscoredKeyResult;

/** The home page's reminder: the caller's key results still without the final score their owners were asked for. */
public record FinalScoresReminder(Shell shell, List<UnscoredKeyResult> keyResults) {

	public FinalScoresReminder {
		keyResults = List.copyOf(keyResults);
	}
}
