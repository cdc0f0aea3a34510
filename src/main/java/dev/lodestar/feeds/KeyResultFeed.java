package dev.lodestar.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * A key result updated by an integration. A PULL feed reads {@code url} every {@code every} and takes the number at
 * {@code jsonPointer}, checking it in for {@code configuredBy}, who set it up; a PUSH feed has none of these.
 * {@code lastPull} is null until the first pull.
 */
public record KeyResultFeed(long keyResultId, FeedMode mode, String url, String jsonPointer, Duration every,
		long configuredBy, int version, Instant nextPullAt, LastPull lastPull) {

	/** The same feed without its URL, for readers who may not change it: a URL may carry a key of its own. */
	KeyResultFeed withoutUrl() {
		return new KeyResultFeed(keyResultId, mode, null, jsonPointer, every, configuredBy, version, nextPullAt, lastPull);
	}
}
