package dev.lodestar.notifications;

/** Which deliveries an admin looks at. */
public enum DeliveryFilter {

	/** Given up after the last attempt: these need someone to look. */
	FAILED,

	/** Failed at least once and to be tried again. */
	RETRYING,

	/** Everything, newest first. */
	ALL;

	/** The filter named, if it is one. */
	public static java.util.Optional<DeliveryFilter> named(String name) {
		return java.util.Arrays.stream(values()).filter(filter -> filter.name().equals(name)).findFirst();
	}
}
