package dev.lodestar.objectives;

/** An attempt the caps refused, as OKR health reads it: whose, what, and by whom. */
public record CapRefusal(long id, Owner owner, Long objectiveId, Kind kind, long refusedBy) {

	/** What the attempt would have added. */
	public enum Kind {
		OBJECTIVE, KEY_RESULT
	}
}
