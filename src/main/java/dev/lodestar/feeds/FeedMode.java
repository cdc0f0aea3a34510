package dev.lodestar.feeds;

/**
 * How an integration updates a key result: PUSH, another system posts check-ins with a CHECKINS_WRITE token; PULL,
 * Lodestar reads a number at a JSON pointer from a URL on a schedule.
 */
public enum FeedMode {

	PUSH, PULL
}
