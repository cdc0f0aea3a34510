package dev.lodestar.feeds;

/**
 * What the last pull found. Only RECORDED and UNCHANGED read a number; every other outcome records nothing, so a bad
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
	REFUSED;

	public boolean readValue() {
		return this == RECORDED || this == UNCHANGED;
	}
}
