package dev.lodestar.feeds;

import dev.lodestar.objectives.KeyResult;

/** A key result and its feed (null when it has none), and whether the reader may set the feed. */
public record FeedView(KeyResult keyResult, KeyResultFeed feed, boolean mayChange) {
}
