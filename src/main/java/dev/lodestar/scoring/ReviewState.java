package dev.lodestar.scoring;

/**
 * Where a weekly review stands. Feedback is given while it is OPEN and stays private to each author; the lead
 * reveals all of it at once (REVEALED), so nobody anchors on another's number; decisions are recorded until the
 * lead closes it (CLOSED), after which it is history.
 */
public enum ReviewState {

	OPEN, REVEALED, CLOSED;

	/** Feedback is given, and changed by its author, only before the reveal. */
	public boolean takesFeedback() {
		return this == OPEN;
	}

	/** Everyone on the team reads everyone's feedback only after the reveal. */
	public boolean showsFeedback() {
		return this != OPEN;
	}

	public boolean takesDecisions() {
		return this != CLOSED;
	}

	/** People join (their attendance is recorded) while the meeting runs. */
	public boolean takesAttendance() {
		return this != CLOSED;
	}

	public boolean mayReveal() {
		return this == OPEN;
	}

	public boolean mayClose() {
		return this != CLOSED;
	}

	/** Revealing is the only way out of OPEN but closing; closing ends every state but CLOSED. */
	public ReviewState revealed() {
		if (!mayReveal()) {
			throw new IllegalStateException("A " + this + " review cannot be revealed");
		}
		return REVEALED;
	}

	public ReviewState closed() {
		if (!mayClose()) {
			throw new IllegalStateException("A closed review cannot be closed again");
		}
		return CLOSED;
	}
}
