package dev.lodestar.notifications;

/** What a notification says. */
public enum NotificationKind {

	/** On the check-in day: your key results without a check-in this week. */
	CHECK_IN_REMINDER
}
