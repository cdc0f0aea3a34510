package dev.lodestar.cocreation;

/**
 * Where a co-creation session stands. People propose, comment and +1 until it is FINISHED; dots are cast only while
 * VOTING and stay hidden — each participant sees their own — until the facilitator reveals them all at once, so
 * nobody follows the crowd. Facilitators adopt and drop at any time before the end.
 */
public enum SessionState {

	OPEN, VOTING, REVEALED, FINISHED;

	public boolean running() {
		return this != FINISHED;
	}

	public boolean takesVotes() {
		return this == VOTING;
	}

	/** Everyone's dots are shown only after the reveal. */
	public boolean showsVotes() {
		return this == REVEALED || this == FINISHED;
	}

	public boolean mayStartVoting() {
		return this == OPEN;
	}

	public boolean mayReveal() {
		return this == VOTING;
	}
}
