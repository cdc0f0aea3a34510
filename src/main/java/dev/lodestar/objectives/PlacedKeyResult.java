package dev.lodestar.objectives;

/** A key result where it stands, with its objective's owner and cycle: what a page needs to show one row. */
public record PlacedKeyResult(KeyResultView view, Owner objectiveOwner, long cycleId) {
}
