package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.lodestar.platform.jdbc.SqlValues;

/**
 * An objective with its key results and where they stand. Its progress is the mean of its key results'
 * progress, or none while it has no key result.
 */
public record ObjectiveView(Objective objective, BigDecimal progress, List<Hint> hints, List<KeyResultView> keyResults) {

	public ObjectiveView {
		hints = List.copyOf(hints);
		keyResults = List.copyOf(keyResults);
	}

	static ObjectiveView of(Objective objective, List<KeyResultView> keyResults) {
		BigDecimal progress = keyResults.isEmpty() ? null
				: SqlValues.plain(keyResults.stream()
					.map(KeyResultView::progress)
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(keyResults.size()), 1, RoundingMode.HALF_UP));
		return new ObjectiveView(objective, progress, WordingHints.forObjectiveTitle(objective.title()), keyResults);
	}
}
