package dev.lodestar.notifications;

/** Which deliveries an admin looks at. */
public enum DeliveryFilter {

	/** Given up after the last attempt: these need someone to look. */
	FAILED,

	/** Failed at least once and to be tried again. */
	RETRYING,

	/** Everything, newest first. */
	ALL
}
