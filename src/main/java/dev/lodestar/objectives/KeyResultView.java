package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.lodestar.platform.security.Caller;

/** A key result with where it stands: its latest check-in, progress and hints. */
public record KeyResultView(KeyResult keyResult, Reading latest, BigDecimal progress, List<Hint> hints) {

	public KeyResultView {
		hints = List.copyOf(hints);
	}

	/** Its owner checks in; so may whoever may change its objective. */
	public boolean mayBeCheckedInBy(Caller caller, Owner objectiveOwner) {
		return keyResult.ownerPersonId() == caller.personId() || objectiveOwner.includes(caller);
	}

	/** Whether no check-in has come since {@code since}, e.g. the start of this week. */
	public boolean notCheckedInSince(Instant since) {
		return latest == null || latest.checkedInAt().isBefore(since);
	}

	static KeyResultView of(KeyResult keyResult, Reading latest) {
		return new KeyResultView(keyResult, latest, keyResult.progressAt(latest == null ? null : latest.value()),
				WordingHints.forKeyResultTitle(keyResult.title()));
	}
}
