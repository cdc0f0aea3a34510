package dev.lodestar.readiness;

/**
 * The questionnaire, fixed in code so every team's checks over cycles compare. Each is a statement answered from 1
 * (strongly disagree) to 5 (strongly agree); a reversed one says the opposite of its condition, so that agreeing
 * without reading does not make a team look ready. Its words are {@code readiness.question.<NAME>}.
 */
public enum ReadinessQuestion {

	WORK_IS_UNCERTAIN(ReadinessCondition.EXPLORATORY_WORK, false),
	WORK_IS_ROUTINE(ReadinessCondition.EXPLORATORY_WORK, true),
	RESULTS_NEED_IDEAS(ReadinessCondition.EXPLORATORY_WORK, false),
	LEADS_LET_US_DECIDE(ReadinessCondition.AUTHORISING_MANAGERS, false),
	GOALS_ARE_HANDED_DOWN(ReadinessCondition.AUTHORISING_MANAGERS, true),
	MISSING_IS_SAFE(ReadinessCondition.AUTHORISING_MANAGERS, false),
	WE_SEEK_CHALLENGES(ReadinessCondition.SELF_DRIVEN_PEOPLE, false),
	WE_WAIT_TO_BE_TOLD(ReadinessCondition.SELF_DRIVEN_PEOPLE, true),
	WE_FOLLOW_OUR_PROGRESS(ReadinessCondition.SELF_DRIVEN_PEOPLE, false);

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	private final ReadinessCondition condition;

	private final boolean reversed;

	ReadinessQuestion(ReadinessCondition condition, boolean reversed) {
		this.condition = condition;
		this.reversed = reversed;
	}

	public ReadinessCondition condition() {
		return condition;
	}

	public boolean reversed() {
		return reversed;
	}

	/** How far an answer speaks for the condition, 1 to 5. */
	public int scored(int answer) {
		return reversed ? LOWEST + HIGHEST - answer : answer;
	}

	public String messageKey() {
		return "readiness.question." + name();
	}
}
