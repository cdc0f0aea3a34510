package dev.lodestar.feeds;

import java.math.BigDecimal;

/** What reading a feed's address gave: a number, or an outcome that records nothing and a detail for the reader. */
record FeedReading(BigDecimal value, FeedOutcome failure, String detail) {

	static FeedReading number(BigDecimal value) {
		return new FeedReading(value, null, null);
	}

	static FeedReading failed(FeedOutcome outcome, String detail) {
		return new FeedReading(null, outcome, detail);
	}

	boolean hasValue() {
		return value != null;
	}
}
