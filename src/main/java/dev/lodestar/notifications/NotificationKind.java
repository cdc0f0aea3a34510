package dev.lodestar.notifications;

/** What a notification says. */
public enum NotificationKind {

	/** On the check-in day, by e-mail: your key results without a check-in this week. */
	CHECK_IN_REMINDER,

	/** On a team's reminder day, by e-mail to each of its leads: how the team's check-in week went. */
	LEAD_DIGEST,

	/**
	 * On the check-in day, to a chat group: the public key results of its people still without a check-in this week,
	 * and how many others wait. A group sees what everyone may see, never one person's private key results.
	 */
	GROUP_REMINDER,

	/** On a team's reminder day, to the team's own chat group: its check-in week in numbers. */
	GROUP_DIGEST;

	/** The kinds planned in a run of their own per time zone and day; group messages are written in the same runs. */
	static final int PLANNING_RUNS = 2;
}
