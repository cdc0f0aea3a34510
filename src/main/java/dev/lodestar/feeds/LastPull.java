package dev.lodestar.feeds;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the last pull of a feed found, and when; for a PUSH feed, how the integration's latest check-in went. {@code value} is the number read, when one was; {@code detail} says
 * more about a failure: what stood at the pointer, the HTTP status, the network error, or the refusal's problem code.
 */
public record LastPull(Instant at, FeedOutcome outcome, String detail, BigDecimal value) {
}
