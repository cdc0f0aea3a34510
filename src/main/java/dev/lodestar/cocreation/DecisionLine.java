package dev.lodestar.cocreation;

import java.time.Instant;

/** An entry of the decision log: what was adopted or dropped, by whom, when and why. */
public record DecisionLine(long itemId, ItemKind kind, String text, ItemState state, String reason, String decidedBy,
		Instant decidedAt) {
}
