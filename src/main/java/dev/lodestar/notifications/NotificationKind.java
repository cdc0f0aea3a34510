package dev.lodestar.notifications;

/** What a notification says. */
public enum NotificationKind {

	/** On the check-in day: your key results without a check-in this week. */
	CHECK_IN_REMINDER,

	/** On a team's reminder day, to each of its leads: how the team's check-in week went. */
	LEAD_DIGEST
}
