package dev.lodestar.objectives;

/** A gentle, non-blocking note that wording drifts from the method; the message key explains why. */
public enum Hint {

	/** Numbers, percentages or money in an objective: put them into key results, keep the objective qualitative. */
	NUMBERS_IN_OBJECTIVE("hint.numbers-in-objective"),

	/** A key result that names an activity ("hold", "launch", 举办) rather than the outcome it should bring. */
	ACTIVITY_WORDING("hint.activity-wording");

	private final String messageKey;

	Hint(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
