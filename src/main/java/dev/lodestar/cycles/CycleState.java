package dev.lodestar.cycles;

/** A cycle only moves forward: it is planned, runs, and closes. Reopening a closed cycle is an audited act of its own. */
public enum CycleState {

	PLANNING, ACTIVE, CLOSED;

	public boolean mayMoveTo(CycleState next) {
		return next.ordinal() >= ordinal();
	}

	/** Closed cycles are read-only: their objectives, key results and check-ins are history. */
	public boolean isOpen() {
		return this != CLOSED;
	}
}
