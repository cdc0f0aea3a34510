package dev.lodestar.feeds;

/**
 * What the last pull found, or for a PUSH feed how the integration's latest check-in went. Only RECORDED and UNCHANGED read a number; every other outcome records nothing, so a bad
 * or missing value is never taken for zero.
 */
public enum FeedOutcome {

	/** A new value, checked in. */
	RECORDED,

	/** The value the key result stands at already; nothing checked in. */
	UNCHANGED,

	/** Something is at the pointer, but not a number. */
	MALFORMED,

	/** Nothing, or null, at the pointer. */
	MISSING,

	/** The answer is no JSON, or too large to be one. */
	NOT_JSON,

	/** No connection, or no answer in time. */
	UNREACHABLE,

	/** An answer, but not a 2xx one. */
	HTTP_ERROR,

	/** A number, which the check-in rules refused (the cycle closed, its owner may no longer check in, …). */
	REFUSED,

	/** A PUSH feed: the integration's latest check-in was recorded. */
	PUSH_RECORDED,

	/** A PUSH feed: the integration's latest check-in was refused (the HTTP status is the detail) and recorded nothing. */
	PUSH_REFUSED;

	/** Whether a number came through, so the outcome is news rather than a problem. */
	public boolean readValue() {
		return this == RECORDED || this == UNCHANGED || this == PUSH_RECORDED;
	}
}
