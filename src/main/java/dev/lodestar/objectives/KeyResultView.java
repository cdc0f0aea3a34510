package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.util.List;

/** A key result with where it stands: its latest check-in, progress and hints. */
public record KeyResultView(KeyResult keyResult, Reading latest, BigDecimal progress, List<Hint> hints) {

	public KeyResultView {
		hints = List.copyOf(hints);
	}

	static KeyResultView of(KeyResult keyResult, Reading latest) {
		return new KeyResultView(keyResult, latest, keyResult.progressAt(latest == null ? null : latest.value()),
				WordingHints.forKeyResultTitle(keyResult.title()));
	}
}
