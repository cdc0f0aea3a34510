package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.objectives.ObjectiveSummary;

/**
 * How well a set of objectives is aligned, as far as the reader may see: only objectives the reader may see are
 * counted or listed, and a link counts only when the reader may see the objective at its other end too — the same
 * links the objective's own alignment shows them.
 *
 * @param objectives how many objectives there are
 * @param alignedUpward how many of them support an objective (or one of its key results), in this cycle or a longer one
 * @param alignedUpwardShare {@code alignedUpward} as a percentage of {@code objectives}, one decimal; null when there
 *     are no objectives yet
 * @param unsupported the objectives nothing supports
 * @param supportingNothing the objectives that support nothing (not aligned upward)
 * @param waiting the open contribution requests waiting more than seven days, oldest first
 */
public record Coverage(int objectives, int alignedUpward, BigDecimal alignedUpwardShare,
		List<ObjectiveSummary> unsupported, List<ObjectiveSummary> supportingNothing, List<WaitingRequest> waiting) {

	public Coverage {
		unsupported = List.copyOf(unsupported);
		supportingNothing = List.copyOf(supportingNothing);
		waiting = List.copyOf(waiting);
	}

	public boolean hasObjectives() {
		return objectives > 0;
	}
}
