package dev.lodestar.objectives;

import java.math.BigDecimal;

/** A key result as OKR health reads it: its words, its measure and its owner. */
public record KeyResultFact(long id, long objectiveId, String title, KeyResultKind kind, BigDecimal start,
		BigDecimal target, long ownerPersonId) {
}
