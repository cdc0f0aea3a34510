package dev.lodestar.feeds.api;

import java.math.BigDecimal;
import java.time.Instant;

import dev.lodestar.feeds.FeedMode;
import dev.lodestar.feeds.FeedOutcome;
import dev.lodestar.feeds.KeyResultFeed;

/**
 * A key result's feed: how it is updated, and what the last pull found. {@code url} is null for readers who may not
 * change the key result; {@code lastPull} is null before the first pull.
 */
record FeedResponse(long keyResultId, FeedMode mode, String url, String jsonPointer, String every, int version,
		Instant nextPullAt, LastPullResponse lastPull) {

	/** {@code value} is the number read, if one was: RECORDED or UNCHANGED, or REFUSED by the check-in rules. */
	record LastPullResponse(Instant at, FeedOutcome outcome, BigDecimal value, String detail) {
	}

	static FeedResponse of(KeyResultFeed feed) {
		var last = feed.lastPull();
		return new FeedResponse(feed.keyResultId(), feed.mode(), feed.url(), feed.jsonPointer(),
				feed.every() == null ? null : feed.every().toString(), feed.version(), feed.nextPullAt(),
				last == null ? null : new LastPullResponse(last.at(), last.outcome(), last.value(), last.detail()));
	}
}
